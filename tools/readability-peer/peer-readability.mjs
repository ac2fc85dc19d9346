// Reference readability numbers for LeafletTool's test fixtures, from standard implementations:
// parse-english (sentences and words), syllable (syllables), and the formulas of smog-formula,
// flesch-kincaid and flesch. LeafletTool's own counting must agree with these within 0.5.
//
// Not run at build time. In a scratch folder (not in the repository):
//   cp tools/readability-peer/package.json tools/readability-peer/peer-readability.mjs /tmp/peer/
//   cd /tmp/peer && npm install
//   node peer-readability.mjs LEAFLET.yaml [...]          # prints one JSON object per leaflet
//   node peer-readability.mjs --text FILE.txt              # a plain text, paragraphs split by blank lines
//
// What is measured, as LeafletTool's Readability.Measure does: every piece of prose in reading order (title,
// summary, each section's heading and body: paragraphs, bullets, steps and notes; each contact's purpose and
// hours; out_of_hours), each its own paragraph (so headings and list items are sentences), with link targets
// "(https://...)" and the "**" of bold text removed.
import fs from 'node:fs'
import {parse} from 'yaml'
import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {syllable} from 'syllable'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {smogFormula} from 'smog-formula'

function prose(leaflet) {
  const texts = []
  const add = (value) => { if (typeof value === 'string' && value.trim() !== '') texts.push(value) }
  add(leaflet.title)
  add(leaflet.summary)
  for (const section of leaflet.sections ?? []) {
    add(section.heading)
    for (const block of section.body ?? []) {
      if (typeof block === 'string') add(block)
      else if (block && typeof block === 'object') {
        for (const item of block.bullets ?? []) add(item)
        for (const item of block.steps ?? []) add(item)
        add(block.note)
      }
    }
  }
  for (const contact of leaflet.contacts ?? []) {
    add(contact.purpose)
    add(contact.hours)
  }
  add(leaflet.out_of_hours)
  return texts
}

function plain(text) {
  return text.replace(/\]\([^()\s]*\)/g, ']').replace(/\*\*/g, '')
}

function measure(text) {
  const tree = new ParseEnglish().parse(text)
  let sentence = 0
  let word = 0
  let syllables = 0
  let polysillabicWord = 0
  visit(tree, 'SentenceNode', () => { sentence++ })
  visit(tree, 'WordNode', (node) => {
    const count = syllable(toString(node))
    word++
    syllables += count
    if (count >= 3) polysillabicWord++
  })
  const counts = {sentence, word, syllable: syllables, polysillabicWord}
  const round = (n) => Math.round(n * 1000) / 1000
  return {
    peer: 'parse-english 7.0.0, syllable 5.0.1, smog-formula 2.0.1, flesch-kincaid 2.0.1, flesch 2.0.1',
    sentences: sentence,
    words: word,
    syllables,
    polysyllables: polysillabicWord,
    smog: round(smogFormula(counts)),
    fleschKincaidGrade: round(fleschKincaid(counts)),
    fleschReadingEase: round(flesch(counts))
  }
}

const args = process.argv.slice(2)
if (args[0] === '--text') {
  console.log(JSON.stringify(measure(fs.readFileSync(args[1], 'utf8')), null, 2))
} else {
  for (const file of args) {
    const texts = prose(parse(fs.readFileSync(file, 'utf8'))).map(plain)
    console.log(JSON.stringify(measure(texts.join('\n\n')), null, 2))
  }
}
