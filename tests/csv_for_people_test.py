#!/usr/bin/env python3
"""The CSV files people open in Excel, read as a spreadsheet reads them: Python's csv module
on the bytes `report --bom` and `decompose --format csv --bom` write for the seed plan.

    tests/csv_for_people_test.py PLANKIT

Checks, for the Chinese seed plan: the BOM comes first and the headers are Chinese words;
unit names stand beside unit ids; statuses and flags are words; a slipping task carries
the note its unit gave (examples/progress/2024-tasks.csv) and a target the source of its
actual (examples/progress/2024.yaml). With --lang en the same files keep the JSON keys.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = os.path.join(ROOT, 'plans', 'cq-cast-14fyp.yaml')
PROGRESS = os.path.join(ROOT, 'examples', 'progress')
failures = []


def check(what, got, wanted):
    if got != wanted:
        failures.append('%s: got %r, wanted %r' % (what, got, wanted))


def read_csv(data):
    """Rows as dicts, decoded as Excel does a UTF-8 file with a BOM."""
    check('starts with a BOM', data[:3], b'\xef\xbb\xbf')
    return list(csv.DictReader(io.StringIO(data.decode('utf-8-sig'), newline='')))


def run(*args):
    done = subprocess.run([PLANKIT] + list(args), capture_output=True)
    if done.returncode != 0:
        failures.append('%s: exit %d: %s' % (' '.join(args), done.returncode, done.stderr.decode()))
    return done.stdout


def report_files(lang_args):
    out = tempfile.mkdtemp()
    run('report', PLAN, '--year', '2024', '--progress', PROGRESS, '--out', out + '/r', '--bom', *lang_args)
    files = {}
    for name in ('tasks.csv', 'targets.csv', 'scores.csv'):
        with open(os.path.join(out, 'r', name), 'rb') as f:
            files[name] = read_csv(f.read())
    return files


def main():
    zh = report_files([])
    task17 = [r for r in zh['tasks.csv'] if r['编号'] == '17']
    check('tasks.csv has task 17', len(task17), 1)
    if task17:
        row = task17[0]
        check('task 17 lead id', row['牵头单位编号'], 'cast.popsci')
        check('task 17 lead name', row['牵头单位'], '科学技术普及部')
        check('task 17 status', row['状态'], '滞后')
        check('task 17 note', row['说明'], '新建科普场馆开放时间推迟')
    literacy = [r for r in zh['targets.csv'] if r['编号'] == 'literacy']
    check('targets.csv has literacy', len(literacy), 1)
    if literacy:
        check('literacy source', literacy[0]['数据来源'], '公民科学素质调查（示意数值）')
        check('literacy light', literacy[0]['信号灯'], '黄')
    check('scores.csv first kind', zh['scores.csv'][0]['类型'], '规划')

    matrix = read_csv(run('decompose', PLAN, '--view', 'matrix', '--format', 'csv', '--bom'))
    first = matrix[0] if matrix else {}
    check('matrix task 1 lead', (first.get('牵头单位编号'), first.get('牵头单位')), ('cast.org', '组织人事部'))
    check('matrix task 1 composite', first.get('含子任务'), '否')

    en = report_files(['--lang', 'en'])
    header = list(en['tasks.csv'][0].keys()) if en['tasks.csv'] else []
    check('en tasks.csv header', header[:8], ['id', 'title', 'chapter', 'parent', 'composite', 'lead', 'lead_names',
                                              'status'])
    task17 = [r for r in en['tasks.csv'] if r['id'] == '17']
    if task17:
        check('en task 17 status', task17[0]['status'], 'delayed')
        check('en task 17 note', task17[0]['note'], '新建科普场馆开放时间推迟')

    for f in failures:
        print('FAIL ' + f)
    print('%d failed' % len(failures) if failures else 'csv for people: ok')
    return 1 if failures else 0


if __name__ == '__main__':
    PLANKIT = os.path.abspath(sys.argv[1])
    sys.exit(main())
