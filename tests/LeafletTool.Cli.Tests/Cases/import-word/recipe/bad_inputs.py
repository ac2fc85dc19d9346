"""Bad inputs for the Word reader: an empty document, an encrypted (password-protected) one as Word writes it (an
OLE compound file holding an EncryptedPackage stream), an old .doc with a .docx name (an OLE file holding a
WordDocument stream), and a zip bomb (a .docx whose document.xml unpacks to 300 MB of spaces: small on disk)."""
import os, sys, zipfile
from docx import Document

out = sys.argv[1]
Document().save(os.path.join(out, "empty.docx"))


def ole(stream_name):
    """A minimal OLE compound file header, then a directory entry naming the stream (UTF-16): enough for a reader
    to tell what the file is, as real ones do in their first kilobytes."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900") + bytes(512 - 32)
    name = stream_name.encode("utf-16-le") + b"\x00\x00"
    entry = name + bytes(64 - len(name)) + len(name).to_bytes(2, "little") + b"\x02\x01" + bytes(128 - 68)
    return header + entry + bytes(4096)


with open(os.path.join(out, "encrypted.docx"), "wb") as f:
    f.write(ole("EncryptedPackage") + ole("EncryptionInfo")[512:])
with open(os.path.join(out, "old-doc-named-docx.docx"), "wb") as f:
    f.write(ole("WordDocument"))

template = zipfile.ZipFile(os.path.join(out, "empty.docx"))
with zipfile.ZipFile(os.path.join(out, "zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
    for item in template.infolist():
        if item.filename == "word/document.xml":
            with bomb.open("word/document.xml", "w", force_zip64=True) as w:
                chunk = b" " * (1 << 20)
                for _ in range(300):
                    w.write(chunk)
        else:
            bomb.writestr(item, template.read(item.filename))
