#!/usr/bin/env python3
"""Fills in a folder of forms as the units would, for the round-trip test.

    tests/fill_forms.py FORMS_DIR OUT_DIR

Every form of index.csv (CSV, YAML or .xlsx) is copied to OUT_DIR with each row filled
(index.csv with them):
tasks get a status (the plan's language, as the drop-down offers it) and a progress
written as a percentage, targets and contributions a value. A workbook is filled the
way a spreadsheet program stores typed text: inline-string cells put into its sheet XML.
"""
import csv
import io
import os
import re
import shutil
import sys
import zipfile

STATUS = {'task': 'on_track', '任务': '按计划推进'}


def fill_csv(text):
    bom = text.startswith('\ufeff')
    rows = list(csv.reader(io.StringIO(text.lstrip('\ufeff'))))
    header = rows[0]
    col = {name: i for i, name in enumerate(header)}
    k = col.get('kind', col.get('类型'))
    for row in rows[1:]:
        if row[k] in STATUS:
            row[col.get('status', col.get('状态'))] = STATUS[row[k]]
            row[col.get('progress', col.get('进度'))] = '90%'
        else:
            row[col.get('value', col.get('数值'))] = '7'
    out = io.StringIO()
    csv.writer(out, lineterminator='\r\n').writerows(rows)
    return ('\ufeff' if bom else '') + out.getvalue()


def fill_yaml(text):
    # The report keys are written empty (`    status:`); the file is otherwise left as is.
    zh = '按计划推进' in text or '状态可填' in text
    text = re.sub(r'^(    status):$', r'\1: ' + ('按计划推进' if zh else 'on_track'), text, flags=re.M)
    text = re.sub(r'^(    progress):$', r'\1: 0.9', text, flags=re.M)
    return re.sub(r'^(    value):$', r'\1: 7', text, flags=re.M)


def fill_xlsx(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    sheet = src.read('xl/worksheets/sheet1.xml').decode('utf-8')
    strings = re.findall(r'<si><t[^>]*>(.*?)</t></si>', src.read('xl/sharedStrings.xml').decode('utf-8'), re.S)
    # The header's cells name the columns; the kind cells say which to fill.
    cells = dict(re.findall(r'<c r="([A-Z]+1)"[^>]*t="s"[^>]*><v>(\d+)</v></c>', sheet))
    names = {strings[int(v)]: re.match(r'[A-Z]+', ref).group(0) for ref, v in cells.items()}
    kind_col = names.get('kind', names.get('类型'))

    def column(*words):
        return next(names[w] for w in words if w in names)

    status, progress, value = column('status', '状态'), column('progress', '进度'), column('value', '数值')

    def typed(ref, text):
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)

    def fill_row(match):
        row, attrs, body = match.group(1), match.group(2), match.group(3)
        if row == '1':
            return match.group(0)
        kind = re.search(r'<c r="%s%s"[^>]*t="s"[^>]*><v>(\d+)</v></c>' % (kind_col, row), body)
        word = strings[int(kind.group(1))]
        if word in STATUS:
            fills = {status: typed(status + row, STATUS[word]), progress: '<c r="%s%s"><v>0.9</v></c>' % (progress, row)}
        else:
            fills = {value: '<c r="%s%s"><v>7</v></c>' % (value, row)}
        for col, new in fills.items():
            body = re.sub(r'<c r="%s%s"[^>]*/>' % (col, row), new, body)
        return '<row r="%s"%s>%s</row>' % (row, attrs, body)

    sheet = re.sub(r'<row r="(\d+)"([^>]*)>(.*?)</row>', fill_row, sheet, flags=re.S)
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, sheet if info.filename == 'xl/worksheets/sheet1.xml' else src.read(info.filename))
    return out.getvalue()


def main():
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    with open(os.path.join(src, 'index.csv'), encoding='utf-8-sig') as f:
        files = [row['file'] for row in csv.DictReader(f)]
    # The folder comes back as it went out, index.csv and all: score reads it as it is.
    shutil.copy(os.path.join(src, 'index.csv'), dst)
    for name in files:
        path = os.path.join(src, name)
        if name.endswith('.xlsx'):
            with open(path, 'rb') as f:
                data = fill_xlsx(f.read())
            with open(os.path.join(dst, name), 'wb') as f:
                f.write(data)
            continue
        with open(path, encoding='utf-8', newline='') as f:
            text = f.read()
        text = fill_csv(text) if name.endswith('.csv') else fill_yaml(text)
        with open(os.path.join(dst, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)


if __name__ == '__main__':
    main()
