#!/usr/bin/python3
"""Checks the JSON Schemas in schemas/ against every plan and progress file of the repository.

Run from anywhere (CTest runs it from the repository root):
    /usr/bin/python3 tests/validate_schemas.py

What it checks:
- both schemas are valid JSON Schema 2020-12, and every property carries a description;
- the YAML reader follows the YAML 1.2 core schema, as plankit does (readings.md item 1);
- every plans/*.yaml, every plan (top key `plankit`) and progress file (top key
  `plankit-progress`) under examples/, and the files they include;
- the YAML files of every end-to-end case under tests/cases/ that is expected to succeed
  (no `exit` file, or `exit` holding 0);
- the conformance plans and progress files in ../shared/conformance/cases/ when that
  folder exists beside the repository (bad-plan excepted: it is meant to fail);
- small invalid plans and records that the schemas must reject, so a schema that has
  become too loose fails this test.

The last line is `N passed, M failed`; the exit status is 1 when anything failed.
Needs Debian's python3-yaml and python3-jsonschema (4.x).
"""
import copy
import json
import math
import os
import re
import sys
from pathlib import Path

import jsonschema
import yaml
from yaml.constructor import ConstructorError

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
CONFORMANCE = ROOT.parent / "shared" / "conformance" / "cases"


# ---------------------------------------------------------------- YAML 1.2 core schema

class CoreLoader(yaml.SafeLoader):
    """A SafeLoader that resolves plain scalars by the YAML 1.2 core schema, not YAML 1.1.

    yes/no/on/off and dates stay strings, `010` is 10, `0o10` is 8; duplicate keys (compared by
    their text, so `1` and "1" collide) and tags outside the core schema are errors.
    """

    yaml_implicit_resolvers = {}
    yaml_constructors = {}


CORE_RESOLVERS = [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN)$", list("-+.0123456789")),
]
for tag, pattern, first in CORE_RESOLVERS:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def construct_float(loader, node):
    text = loader.construct_scalar(node)
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    if lowered == ".nan":
        return math.nan
    return float(text)


def construct_mapping(loader, node):
    loader.flatten_mapping(node)  # a no-op here: `<<` is not resolved as a merge key
    seen = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in seen:
                raise ConstructorError("while reading a mapping", node.start_mark,
                                       f"duplicate key {key_node.value!r} (first at line "
                                       f"{seen[key_node.value].line + 1})", key_node.start_mark)
            seen[key_node.value] = key_node.start_mark
    result = {}
    for key_node, value_node in node.value:
        result[loader.construct_object(key_node, deep=True)] = loader.construct_object(value_node, deep=True)
    return result


CoreLoader.add_constructor("tag:yaml.org,2002:null", yaml.SafeLoader.construct_yaml_null)
CoreLoader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node).lower() == "true")
CoreLoader.add_constructor("tag:yaml.org,2002:int", construct_int)
CoreLoader.add_constructor("tag:yaml.org,2002:float", construct_float)
CoreLoader.add_constructor("tag:yaml.org,2002:str", yaml.SafeLoader.construct_yaml_str)
CoreLoader.add_constructor("tag:yaml.org,2002:seq", lambda loader, node: loader.construct_sequence(node, deep=True))
CoreLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
CoreLoader.add_constructor(None, yaml.SafeLoader.construct_undefined)  # `!!binary`, `!foo`: errors


def load_yaml_text(text):
    return yaml.load(text, Loader=CoreLoader)


def load_yaml_file(path):
    with open(path, "rb") as f:
        return load_yaml_text(f.read())


# ---------------------------------------------------------------- validators

def is_integer(_, value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(_, value):
    # Finite int or float; not a bool (readings.md item 6), and `2021.0` is no integer (item 7).
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


StrictValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine_many(
        {"integer": is_integer, "number": is_number}),
)


def read_schema(name):
    with open(SCHEMAS / name, encoding="utf-8") as f:
        return json.load(f)


class Results:
    """Counts checks and prints each failure with its reason."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, problems):
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for p in problems[:8]:
                print(f"    {p if len(p) <= 200 else p[:197] + '...'}")
            if len(problems) > 8:
                print(f"    ... {len(problems) - 8} more")
        else:
            self.passed += 1


def schema_errors(validator, document):
    found = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}" for e in found]


def undocumented_properties(schema, where="#"):
    """Paths of object properties without a `description` (editors show it on hover)."""
    missing = []
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            for name, sub in schema.get("properties", {}).items():
                if not isinstance(sub, dict) or "description" not in sub:
                    missing.append(f"{where}/properties/{name}")
        for key, sub in schema.items():
            missing += undocumented_properties(sub, f"{where}/{key}")
    elif isinstance(schema, list):
        for i, sub in enumerate(schema):
            missing += undocumented_properties(sub, f"{where}/{i}")
    return missing


# ---------------------------------------------------------------- files

def shown(path):
    return os.path.relpath(path, ROOT)


class FileChecker:
    """Validates plan, include and progress files, following each plan's includes."""

    def __init__(self, results, plan, include, progress):
        self.results = results
        self.plan = plan
        self.include = include
        self.progress = progress
        self.included = set()

    def load(self, path):
        try:
            return load_yaml_file(path), None
        except (OSError, yaml.YAMLError) as e:
            return None, f"cannot read: {e}".replace("\n", " ")

    def validate(self, path, validator, what, chain=()):
        doc, problem = self.load(path)
        if problem is None and not isinstance(doc, dict):
            problem = "the top level is not a mapping"
        if problem:
            self.results.check(f"{what} {shown(path)}", [problem])
            return
        self.results.check(f"{what} {shown(path)}", schema_errors(validator, doc))
        self.follow_includes(path, doc, chain + (path.resolve(),))

    def follow_includes(self, path, doc, chain):
        includes = doc.get("include")
        if not isinstance(includes, list):
            return
        for item in includes:
            if not isinstance(item, str):
                continue
            part = path.parent / item
            if part.resolve() in chain:
                self.results.check(f"include {shown(part)}", [f"include cycle through {shown(path)}"])
            elif not part.is_file():
                self.results.check(f"include {shown(part)}", [f"named in {shown(path)} but missing"])
            else:
                self.included.add(part.resolve())
                self.validate(part, self.include, "include", chain)

    def rejects(self, path, validator, what):
        """A file meant to be invalid must fail to load or fail the schema."""
        doc, problem = self.load(path)
        ok = problem is not None or bool(schema_errors(validator, doc))
        self.results.check(f"{what} schema rejects {shown(path)}", [] if ok else ["was accepted"])

    def by_top_key(self, paths):
        """Validates plan and progress files by their top key, plans first so that the parts they
        include are checked as parts; a file with `plankit` that no plan includes is a plan."""
        docs = []
        for path in paths:
            doc, problem = self.load(path)
            if problem:
                self.results.check(f"yaml {shown(path)}", [problem])
            elif isinstance(doc, dict):
                docs.append((path, doc))
        for path, doc in docs:
            if "plankit" in doc and "plan" in doc:
                self.validate(path, self.plan, "plan")
        for path, doc in docs:
            if "plankit" in doc and "plan" not in doc and path.resolve() not in self.included:
                self.validate(path, self.plan, "plan")
            elif "plankit-progress" in doc:
                self.validate(path, self.progress, "progress")


def yaml_files(folder):
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def expected_to_succeed(case):
    """A finished case (its expected `stdout` is written) whose `exit` is absent or 0."""
    exit_file = case / "exit"
    if not (case / "stdout").exists():
        return False
    return not exit_file.exists() or exit_file.read_text().strip() in ("", "0")


def check_repository_files(files):
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        files.validate(path, files.plan, "plan")
    if (ROOT / "examples").is_dir():
        files.by_top_key(yaml_files(ROOT / "examples"))
    cases = ROOT / "tests" / "cases"
    if cases.is_dir():
        for case in sorted(p.parent for p in cases.rglob("args")):
            if expected_to_succeed(case):
                files.by_top_key(yaml_files(case))
    if CONFORMANCE.is_dir():
        for case in sorted(p for p in CONFORMANCE.iterdir() if p.is_dir() and p.name != "bad-plan"):
            files.by_top_key(yaml_files(case))
        bad = CONFORMANCE / "bad-plan" / "plan.yaml"
        if bad.is_file():
            files.rejects(bad, files.plan, "plan")


# ---------------------------------------------------------------- the YAML reader itself

YAML_READINGS = [
    ("a: yes", {"a": "yes"}),
    ("a: no", {"a": "no"}),
    ("a: on", {"a": "on"}),
    ("off: 1", {"off": 1}),
    ("a: true", {"a": True}),
    ("a: FALSE", {"a": False}),
    ("a: 2021-09-14", {"a": "2021-09-14"}),
    ("a: 010", {"a": 10}),
    ("a: 0o10", {"a": 8}),
    ("a: 0x1A", {"a": 26}),
    ("a: -7", {"a": -7}),
    ("a: 7.10", {"a": 7.1}),
    ("a: 1e3", {"a": 1000.0}),
    ("a: .inf", {"a": math.inf}),
    ("a: -.inf", {"a": -math.inf}),
    ("a: ~", {"a": None}),
    ("a:", {"a": None}),
    ("a: Null", {"a": None}),
    ("a: '010'", {"a": "010"}),
    ("a: 1_000", {"a": "1_000"}),
    ("a: 0b11", {"a": "0b11"}),
    ("a: 1:30", {"a": "1:30"}),
    ("a: &x {b: 1}\nc: {<<: *x}", {"a": {"b": 1}, "c": {"<<": {"b": 1}}}),
]

YAML_ERRORS = [
    ("duplicate key", "a: 1\na: 2"),
    ("duplicate key by text", "1: x\n'1': y"),
    ("non-core tag !!binary", "a: !!binary aGVsbG8="),
    ("local tag", "a: !foo bar"),
    ("two documents", "a: 1\n---\nb: 2"),
]


def check_yaml_reader(results):
    for text, expected in YAML_READINGS:
        try:
            got = load_yaml_text(text)
        except yaml.YAMLError as e:
            results.check(f"yaml 1.2 reads {text!r}", [f"error: {e}"])
            continue
        results.check(f"yaml 1.2 reads {text!r}", [] if got == expected and types_match(got, expected)
                      else [f"got {got!r}, expected {expected!r}"])
    nan = load_yaml_text("a: .NaN")["a"]
    results.check("yaml 1.2 reads '.NaN'", [] if isinstance(nan, float) and math.isnan(nan) else [repr(nan)])
    for name, text in YAML_ERRORS:
        try:
            load_yaml_text(text)
            results.check(f"yaml rejects {name}", ["was accepted"])
        except yaml.YAMLError:
            results.check(f"yaml rejects {name}", [])


def types_match(got, expected):
    if isinstance(expected, dict):
        return all(types_match(got[k], v) for k, v in expected.items())
    return type(got) is type(expected)


# ---------------------------------------------------------------- what the schemas must reject

BASE_PLAN = """
plankit: 1
plan:
  id: p
  title: A plan
  issued: 2021-09-14
  period: {start: 2021, end: 2023}
  vision: 2035
scoring:
  weights: {targets: 40, tasks: 60}
  status_points: {on_track: 70}
  lights: {green: 1.0, yellow: 0.8}
  ratings: [{min: 50, label: fine}, {min: 0, label: poor}]
  max_lead_tasks: null
units:
  - {id: u1, name: One}
  - {id: u2, name: Two, parent: u1, aliases: [Deux]}
goals:
  - {id: g1, title: A goal, weight: 2}
chapters:
  - {id: 1, title: A chapter}
targets:
  - id: t1
    name: Count
    goal: g1
    owner: u1
    baseline: {year: 2020, value: 0}
    milestones: [{year: 2023, value: 3}]
tasks:
  - {id: "1", title: First, chapter: 1, goals: [g1], lead: u1, x-note: kept}
  - id: "1.1"
    title: Second
    parent: "1"
    targets: [t1]
    lead: [u1, u2]
    support: [u2]
    depends_on: [1]
    start: 2022
    milestones: [{year: 2022, text: half, target: t1, value: 1.5}, {year: 2023, text: all}]
x-anything: {free: [data]}
"""

BASE_INCLUDE = """
plankit: 1
include: [more.yaml]
units: [{id: u3, name: Three}]
tasks: []
"""

BASE_PROGRESS = """
plankit-progress: 1
year: 2022
unit: u1
submitted: 2022-12-20
targets:
  - {id: t1, value: 1, source: survey}
  - {id: t1, value: 2, year: 2023, unit: u2, note: later}
tasks:
  - {id: "1.1", status: done}
  - {id: 7, status: on_track, progress: 0.7, note: 三校联动}
"""

DELETE = object()

# (what, [(path, YAML text of the new value, or DELETE)])
PLAN_REJECTS = [
    ("misspelt key `titel`", [("plan/titel", "A plan")]),
    ("`additive: yes`", [("targets/0/additive", "yes")]),
    ("`support: u1` scalar", [("tasks/1/support", "u1")]),
    ("`depends_on` scalar", [("tasks/1/depends_on", '"1"')]),
    ("null value `lead:`", [("tasks/0/lead", "")]),
    ("null top-level list `units:`", [("units", "")]),
    ("`plankit: 2`", [("plankit", "2")]),
    ("missing `plan`", [("plan", DELETE)]),
    ("missing plan title", [("plan/title", DELETE)]),
    ("unknown top-level key", [("colour", "red")]),
    ("merge key `<<`", [("units/0/<<", "{kind: x}")]),
    ("float year 2021.0", [("plan/period/start", "2021.0")]),
    ("year outside 1900..2200", [("plan/vision", "2201")]),
    ("year as a string", [("targets/0/baseline/year", '"2020"')]),
    ("issued not a date", [("plan/issued", "2021-9-14")]),
    ("locale fr", [("plan/locale", "fr")]),
    ("float id 7.10", [("goals/0/id", "7.10")]),
    ("negative integer id", [("goals/0/id", "-7")]),
    ("id with a space", [("units/0/id", '"bad id"')]),
    ("title as a number", [("tasks/0/title", "2021")]),
    ("weight 0", [("goals/0/weight", "0")]),
    ("chapter weight -1", [("chapters/0/weight", "-1")]),
    ("boolean value", [("targets/0/baseline/value", "true")]),
    ("infinite value", [("targets/0/milestones/0/value", ".inf")]),
    ("no target milestones", [("targets/0/milestones", "[]")]),
    ("target without name", [("targets/0/name", DELETE)]),
    ("trajectory exponential", [("targets/0/trajectory", "exponential")]),
    ("direction up", [("targets/0/direction", "up")]),
    ("kind mandatory", [("targets/0/kind", "mandatory")]),
    ("allocations without additive", [("targets/0/allocations", "[{unit: u1, value: 1}]")]),
    ("allocations with additive false", [("targets/0/additive", "false"),
                                         ("targets/0/allocations", "[{unit: u1, value: 1}]")]),
    ("allocation without unit", [("targets/0/additive", "true"), ("targets/0/allocations", "[{value: 1}]")]),
    ("geometric with a zero baseline", [("targets/0/trajectory", "geometric")]),
    ("geometric with a negative milestone", [("targets/0/trajectory", "geometric"),
                                             ("targets/0/baseline/value", "1"),
                                             ("targets/0/milestones/0/value", "-3")]),
    ("task milestone without text", [("tasks/1/milestones/1/text", DELETE)]),
    ("task milestone with a note", [("tasks/1/milestones/1/note", "x")]),
    ("unit aliases as a string", [("units/1/aliases", "Deux")]),
    ("status_points cancelled", [("scoring/status_points/cancelled", "0")]),
    ("status points above 100", [("scoring/status_points/done", "120")]),
    ("missing_task_points below 0", [("scoring/missing_task_points", "-1")]),
    ("support_factor 1.5", [("scoring/support_factor", "1.5")]),
    ("weights both 0", [("scoring/weights", "{targets: 0, tasks: 0.0}")]),
    ("negative weight", [("scoring/weights/tasks", "-1")]),
    ("yellow alone above the default green", [("scoring/lights", "{yellow: 1.2}")]),
    ("green alone below the default yellow", [("scoring/lights", "{green: 0.5}")]),
    ("rating band without label", [("scoring/ratings", "[{min: 90}]")]),
    ("rating label a number", [("scoring/ratings", "[{min: 90, label: 1}]")]),
    ("max_lead_tasks -1", [("scoring/max_lead_tasks", "-1")]),
    ("max_lead_tasks 2.5", [("scoring/max_lead_tasks", "2.5")]),
    ("include as a string", [("include", "part.yaml")]),
]

PLAN_ACCEPTS = [
    ("integer ids and references", [("units/0/id", "7"), ("tasks/0/lead", "7"), ("units/1/parent", "7")]),
    ("`x-` keys in every mapping", [("plan/x-a", "1"), ("scoring/x-b", "1"), ("scoring/status_points/x-c", "1"),
                                    ("targets/0/baseline/x-d", "1"), ("plan/period/x-e", "1")]),
    ("additive target with allocations", [("targets/0/additive", "true"),
                                          ("targets/0/allocations", "[{unit: u1, value: -2, year: 2023}]")]),
    ("max_lead_tasks 0", [("scoring/max_lead_tasks", "0")]),
    ("empty ratings", [("scoring/ratings", "[]")]),
    ("one weight 0", [("scoring/weights", "{targets: 0}")]),
    ("empty lead list", [("tasks/0/lead", "[]")]),
    ("octal-looking year 02021 is 2021", [("plan/period/start", "02021")]),
]

INCLUDE_REJECTS = [
    ("`plan` in an include", [("plan", "{id: p, title: T, period: {start: 2021, end: 2022}}")]),
    ("`scoring` in an include", [("scoring", "{support_factor: 0.5}")]),
    ("`plankit: 2` in an include", [("plankit", "2")]),
    ("unknown key in an include", [("notes", "x")]),
]

PROGRESS_REJECTS = [
    ("missing `plankit-progress`", [("plankit-progress", DELETE)]),
    ("`plankit-progress: 2`", [("plankit-progress", "2")]),
    ("task record with only progress", [("tasks/1/status", DELETE)]),
    ("target record without value", [("targets/0/value", DELETE)]),
    ("status finished", [("tasks/0/status", "finished")]),
    ("progress 1.5", [("tasks/1/progress", "1.5")]),
    ("target record with status", [("targets/0/status", "done")]),
    ("task record with value", [("tasks/0/value", "3")]),
    ("unknown record key", [("tasks/0/comment", "x")]),
    ("unknown top-level key", [("period", "2022")]),
    ("record without any year", [("year", DELETE)]),
    ("value as a string", [("targets/0/value", '"12"')]),
    ("float year", [("year", "2022.0")]),
    ("submitted as a number", [("submitted", "20221220")]),
    ("null targets", [("targets", "")]),
]

PROGRESS_ACCEPTS = [
    ("no file year when every record has one", [("year", DELETE), ("targets/0/year", "2022"),
                                                ("tasks/0/year", "2022"), ("tasks/1/year", "2022")]),
]


def changed(base_text, changes):
    doc = copy.deepcopy(load_yaml_text(base_text))
    for path, value in changes:
        *parents, last = path.split("/")
        node = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key = int(last) if isinstance(node, list) else last
        if value is DELETE:
            del node[key]
        else:
            node[key] = load_yaml_text("v: " + value)["v"]
    return doc


def check_rejections(results, validator, base_text, kind, rejects, accepts):
    results.check(f"{kind} base document passes", schema_errors(validator, load_yaml_text(base_text)))
    for what, changes in rejects:
        errors = schema_errors(validator, changed(base_text, changes))
        results.check(f"{kind} schema rejects {what}", [] if errors else ["was accepted"])
    for what, changes in accepts:
        results.check(f"{kind} schema accepts {what}", schema_errors(validator, changed(base_text, changes)))


# ---------------------------------------------------------------- main

def main():
    results = Results()
    plan_schema = read_schema("plan.schema.json")
    progress_schema = read_schema("progress.schema.json")
    for name, schema in (("plan", plan_schema), ("progress", progress_schema)):
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
            results.check(f"{name} schema is valid JSON Schema 2020-12", [])
        except jsonschema.SchemaError as e:
            results.check(f"{name} schema is valid JSON Schema 2020-12", [e.message])
        results.check(f"{name} schema describes every property", undocumented_properties(schema))
        results.check(f"{name} schema names the format version",
                      [] if "format" in schema.get("$comment", "") and "version 1" in schema["$comment"]
                      else ["no top-level $comment naming plan format version 1"])

    plan = StrictValidator(plan_schema)
    include = plan.evolve(schema={"$ref": "#/$defs/includeFile"})
    progress = StrictValidator(progress_schema)

    check_yaml_reader(results)
    check_rejections(results, plan, BASE_PLAN, "plan", PLAN_REJECTS, PLAN_ACCEPTS)
    check_rejections(results, include, BASE_INCLUDE, "include", INCLUDE_REJECTS, [])
    check_rejections(results, progress, BASE_PROGRESS, "progress", PROGRESS_REJECTS, PROGRESS_ACCEPTS)
    check_repository_files(FileChecker(results, plan, include, progress))

    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
