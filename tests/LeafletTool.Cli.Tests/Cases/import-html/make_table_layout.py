"""Writes table-layout-knee.html: a page shaped like an older trust site (table layout, no <main>, text in a cell,
<b> headings, <br>-separated lines, a table of clinic times), saved in Windows-1252 as such sites were. The text is
ours; run once: python3 make_table_layout.py"""
PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Westvale Community Health :: Patient Information :: Exercises after your knee replacement</title>
<link href="/css/westvale.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImage() { var i, j = 0, x, a = MM_swapImage.arguments; }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td colspan="2" bgcolor="#003087" height="90"><img src="/images/westvale_logo.gif" width="320" height="80" alt="Westvale Community Health Services NHS Trust"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#E8EDEE" class="topbar"><font face="Arial, Helvetica, sans-serif" size="1">
      <a href="/index.htm">Home</a> | <a href="/sitemap.htm">Site map</a> | <a href="/textonly/index.htm">Text only</a> | <a href="/contact.htm">Contact us</a></font></td>
  </tr>
  <tr>
    <td width="180" valign="top" bgcolor="#E8EDEE" class="leftmenu">
      <font face="Arial, Helvetica, sans-serif" size="2">
      <b>Our services</b><br>
      <a href="/services/district_nursing.htm">District nursing</a><br>
      <a href="/services/physiotherapy.htm">Physiotherapy</a><br>
      <a href="/services/podiatry.htm">Podiatry</a><br>
      <a href="/leaflets/index.htm">Patient leaflets</a><br>
      <a href="/jobs.htm">Jobs</a><br>
      </font>
    </td>
    <td valign="top" class="maintext">
      <font face="Arial, Helvetica, sans-serif" size="2">
      <font size="4" color="#003087"><b>Exercises after your knee replacement</b></font><br><br>
      Information for patients from the Physiotherapy Department<br><br>
      <b>Why exercise matters</b><br>
      Doing your exercises every day helps your new knee to bend and straighten. It also builds up the muscles
      around your knee, so you can walk further and with less pain.<br><br>
      <b>How often</b><br>
      Do each exercise 10 times.<br>
      Aim to do them 3 times a day, even on days when your knee feels stiff.<br><br>
      <b>Exercise 1: ankle pumps</b><br>
      Lie on your back. Point your toes away from you, then pull them back towards you. This keeps the blood
      moving in your legs.<br><br>
      <b>Exercise 2: knee bends</b><br>
      Sit on a chair. Slide your foot back under the chair as far as you can, hold for 5 seconds, then slide it
      forward again. Don\u2019t worry if it feels tight at first.<br><br>
      <table width="95%" border="0" cellpadding="6" cellspacing="0" bgcolor="#FFF2CC">
        <tr><td><font face="Arial, Helvetica, sans-serif" size="2">If your knee becomes hot, red and swollen, or you
          have pain in your calf, contact your GP or call <b>NHS 111</b> straight away.</font></td></tr>
      </table><br>
      <b>Knee class times</b><br>
      <table width="90%" border="1" cellpadding="4" cellspacing="0">
        <tr><th>Clinic</th><th>Day</th><th>Time</th></tr>
        <tr><td>Westvale Community Hospital</td><td>Tuesday</td><td>2pm to 3pm</td></tr>
        <tr><td>Brookside Health Centre</td><td>Thursday</td><td>10am to 11am</td></tr>
      </table><br>
      <b>Contact the physiotherapy team</b><br>
      Telephone: 01632 960 777<br>
      Email: <a href="mailto:physio@westvale.example">physio@westvale.example</a><br>
      Lines are open Monday to Friday, 9am to 4.30pm. Please leave a message if we can\u2019t answer and we will
      call you back.<br><br>
      <a href="javascript:window.print()"><img src="/images/print.gif" alt="Print" border="0"> Print this page</a>
      </font>
    </td>
  </tr>
  <tr>
    <td width="180">&nbsp;</td>
    <td class="smallprint"><font face="Arial, Helvetica, sans-serif" size="1">Leaflet ref: WCH/PHY/021<br>
      Issued: June 2019<br>Review due: June 2022</font></td>
  </tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#003087">
  <tr>
    <td><font face="Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">\u00a9 Westvale Community Health Services
      NHS Trust, Station Road, Westvale WV2 8LP. Telephone 01632 960 200.<br>
      <a href="/accessibility.htm"><font color="#FFFFFF">Accessibility</font></a> |
      <a href="/disclaimer.htm"><font color="#FFFFFF">Disclaimer</font></a> |
      <a href="/foi.htm"><font color="#FFFFFF">Freedom of information</font></a></font></td>
  </tr>
</table>
</body>
</html>
"""

with open("table-layout-knee.html", "wb") as page:
    page.write(PAGE.encode("cp1252"))
