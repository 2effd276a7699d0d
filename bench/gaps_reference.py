#!/usr/bin/python3
"""The Python yardstick for `bench/run`: load a plan with PyYAML and compute its gap findings.

    /usr/bin/python3 bench/gaps_reference.py PLAN.yaml     # prints the finding counts

What a planning office would otherwise script by hand: PyYAML's C loader (CSafeLoader when
the libyaml binding is there), inheritance of task attributes from parents, then the gap
kinds of analysis.md (cycles, unreferenced targets and goals, missing leads, goals and
milestones, allocation balance, overloaded and idle units), sorted as the spec says. It
follows the rules closely enough to do the same amount of work; it is not a second
implementation to test plankit against (includes and validation are left out).
"""
import sys
from collections import defaultdict

import yaml

Loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)


def ids(v):
    if v is None:
        return []
    if isinstance(v, list):
        return [str(x) for x in v]
    return [str(v)]


def task_key(tid):
    return [(0, int(p), '') if p.isdigit() else (1, 0, p) for p in tid.split('.')]


def effective(tasks, by_id, period):
    """Each task's attributes after inheritance from its parent chain."""
    eff = {}
    keys = ('chapter', 'goals', 'targets', 'lead', 'support', 'start', 'end')

    def resolve(t):
        tid = str(t['id'])
        if tid in eff:
            return eff[tid]
        stack, cur = [], t
        while cur is not None and str(cur['id']) not in eff:
            stack.append(cur)
            p = cur.get('parent')
            cur = by_id.get(str(p)) if p is not None else None
            if cur is not None and any(cur is s for s in stack):
                cur = None  # a parent loop: stop inheriting
        for s in reversed(stack):
            p = s.get('parent')
            base = eff.get(str(p)) if p is not None else None
            e = {}
            for k in keys:
                if k in s:
                    v = s[k]
                    e[k] = v if k in ('chapter', 'start', 'end') else ids(v)
                elif base is not None:
                    e[k] = base[k]
                else:
                    e[k] = {'start': period[0], 'end': period[1]}.get(k, None if k == 'chapter' else [])
            eff[str(s['id'])] = e
        return eff[tid]

    for t in tasks:
        resolve(t)
    return eff


def sccs(nodes, edges):
    """Tarjan's strongly connected components, iteratively."""
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = counter[0]; counter[0] += 1
        stack.append(root); on.add(root)
        while work:
            v, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]; counter[0] += 1
                    stack.append(nxt); on.add(nxt)
                    work.append((nxt, iter(edges.get(nxt, ()))))
                elif nxt in on:
                    low[v] = min(low[v], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop(); on.discard(w); comp.append(w)
                    if w == v:
                        break
                out.append(comp)
    return out


def expected(points, year, geometric):
    for (ya, va), (yb, vb) in zip(points, points[1:]):
        if ya <= year <= yb:
            f = (year - ya) / (yb - ya)
            return va * (vb / va) ** f if geometric else va + (vb - va) * f
    for y, v in points:
        if y == year:
            return v
    return None


def gaps(plan):
    period = (plan['plan']['period']['start'], plan['plan']['period']['end'])
    units = plan.get('units') or []
    goals = plan.get('goals') or []
    targets = plan.get('targets') or []
    tasks = plan.get('tasks') or []
    by_id = {str(t['id']): t for t in tasks}
    eff = effective(tasks, by_id, period)
    children = defaultdict(list)
    for t in tasks:
        if t.get('parent') is not None:
            children[str(t['parent'])].append(str(t['id']))
    f = []

    def add(sev, code, subject, msg):
        f.append(({'error': 0, 'warning': 1, 'info': 2}[sev], code, subject, msg))

    deps = {str(t['id']): ids(t.get('depends_on')) for t in tasks}
    for comp in sccs(list(deps), deps):
        if len(comp) > 1 or comp[0] in deps[comp[0]]:
            add('error', 'dependency-cycle', min(comp, key=task_key), ' -> '.join(sorted(comp, key=task_key)))
    advanced, served = set(), set()
    for tid, e in eff.items():
        advanced.update(e['targets']); served.update(e['goals'])
    target_goal = {str(t['id']): str(t.get('goal')) for t in targets}
    served_any = served | {target_goal[t] for t in advanced if t in target_goal}
    measured = {target_goal[t] for t in target_goal}
    for t in targets:
        tid = str(t['id'])
        if tid not in advanced:
            add('error', 'target-without-task', tid, 'no task advances it')
        if 'baseline' not in t:
            add('warning', 'target-without-baseline', tid, '')
        if 'owner' not in t:
            add('warning', 'target-without-owner', tid, '')
        if t.get('additive') and t.get('allocations'):
            points = ([(t['baseline']['year'], t['baseline']['value'])] if 'baseline' in t else []) + \
                [(m['year'], m['value']) for m in t['milestones']]
            by_year = defaultdict(float)
            last = max((m['year'] for m in t['milestones'] if m['year'] <= period[1]), default=None)
            for a in t['allocations']:
                by_year[a.get('year', last)] += a['value']
            for y, allocated in sorted(by_year.items()):
                due = next((m['value'] for m in t['milestones'] if m['year'] == y), None)
                if due is None:
                    due = expected(points, y, t.get('trajectory') == 'geometric')
                if due is None:
                    continue
                if allocated < due:
                    add('error', 'allocation-shortfall', tid, '%s < %s' % (allocated, due))
                elif allocated > due:
                    add('info', 'allocation-excess', tid, '%s > %s' % (allocated, due))
    for g in goals:
        gid = str(g['id'])
        if gid not in served_any:
            add('error', 'goal-without-task', gid, '')
        if gid not in measured:
            add('warning', 'goal-without-target', gid, '')
    lead_count = defaultdict(int)
    busy = set()
    for t in tasks:
        tid = str(t['id'])
        e = eff[tid]
        if not e['lead']:
            add('error', 'task-without-lead', tid, '')
        if not e['goals'] and not e['targets']:
            add('warning', 'task-without-goal', tid, '')
        busy.update(e['lead']); busy.update(e['support'])
        for d in deps[tid]:
            if d in eff and e['start'] < eff[d]['start']:
                add('warning', 'schedule-conflict', tid, d)
        years = {m['year'] for m in t.get('milestones') or []}
        for y in sorted(years):
            if not e['start'] <= y <= e['end']:
                add('warning', 'milestone-out-of-span', tid, str(y))
        if tid not in children:
            for u in e['lead']:
                lead_count[u] += 1
            missing = [y for y in range(e['start'], e['end'] + 1) if y not in years]
            if missing:
                add('warning', 'milestone-missing', tid, ', '.join(map(str, missing)))
    limit = (plan.get('scoring') or {}).get('max_lead_tasks')
    if limit is not None:
        for u, n in lead_count.items():
            if n > limit:
                add('warning', 'unit-overload', u, str(n))
    busy.update(str(t['owner']) for t in targets if 'owner' in t)
    parent = {str(u['id']): str(u['parent']) for u in units if u.get('parent') is not None}
    working = set()
    for u in busy:  # a busy unit makes every unit above it busy too
        seen = set()
        while u is not None and u not in working and u not in seen:
            seen.add(u); working.add(u); u = parent.get(u)
    for u in units:
        if str(u['id']) not in working:
            add('info', 'unit-without-work', str(u['id']), '')
    f.sort(key=lambda x: (x[0], x[1], task_key(x[2]) if x[1].startswith(('task', 'dep', 'sched', 'mile')) else x[2]))
    return f


def main():
    with open(sys.argv[1], encoding='utf-8') as fh:
        plan = yaml.load(fh, Loader=Loader)
    findings = gaps(plan)
    counts = [0, 0, 0]
    for sev, *_ in findings:
        counts[sev] += 1
    print('%d errors, %d warnings, %d info (%s)' % (counts[0], counts[1], counts[2], Loader.__name__))


if __name__ == '__main__':
    main()
