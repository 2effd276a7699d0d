#!/usr/bin/env python3
"""Writes the hostile workbooks of this case into progress/ (run once; they are committed).

Each is one way a file named .xlsx can go wrong; score must give one located error for
each, quickly, and never crash or fill the memory.
"""
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'progress')
main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
rels_ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
workbook = ('<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
            % (main, rels_ns))
rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % rels_ns)


def sheet(rows):
    return '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (main, rows)


def cell(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


header = '<row r="1">%s%s%s%s</row>' % (cell('A1', 'year'), cell('B1', 'kind'), cell('C1', 'id'), cell('D1', 'status'))


def write(name, parts):
    with zipfile.ZipFile(os.path.join(out, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


os.makedirs(out, exist_ok=True)
base = [('xl/workbook.xml', workbook), ('xl/_rels/workbook.xml.rels', rels)]
# 16 MiB of one byte: packed about 1000 to 1.
write('bomb.xlsx', base + [('xl/worksheets/sheet1.xml', '0' * (16 << 20))])
write('deep.xlsx', base + [('xl/worksheets/sheet1.xml', sheet(header + '<row r="2">' + '<x>' * 5000 + '</row>'))])
write('formula.xlsx', base + [('xl/worksheets/sheet1.xml', sheet(
    header + '<row r="2"><c r="A2"><f>2024+1</f></c>%s%s%s</row>' % (cell('B2', 'task'), cell('C2', '1'), cell('D2', 'done'))))])
write('shared-index.xlsx', base + [
    ('xl/sharedStrings.xml', '<sst xmlns="%s"><si><t>year</t></si></sst>' % main),
    ('xl/worksheets/sheet1.xml', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>99999999</v></c></row>'))])
write('no-sheet.xlsx', base)
with open(os.path.join(out, 'not-a-zip.xlsx'), 'w', encoding='utf-8') as f:
    f.write('year,kind,id,status\n2025,task,1,done\n')
