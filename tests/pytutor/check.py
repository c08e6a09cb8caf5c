#!/usr/bin/env python3
"""Check minipy's Python Tutor traces (tests/golden/pytutor/*.json) against
the format Python Tutor's front end reads (v3/docs/opt-trace-format.md and
pg_encoder.py in pgbovine/OnlinePythonTutor).

    tests/pytutor/check.py [FOLDER]      default: tests/golden/pytutor

run_golden checks that minipy still writes these files byte for byte; this
checks that what it writes is JSON of the right shape: every step's fields
and their types, the names in ordered_globals / ordered_varnames exactly the
keys of globals / encoded_locals, exactly one highlighted frame, every heap
object in one of Python Tutor's encodings, every REF pointing into the
step's heap. And each file shows the encoding its program is about.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "golden", "pytutor")
EVENTS = {"step_line", "call", "return", "exception", "uncaught_exception", "instruction_limit_reached"}
FRAME_KEYS = {"func_name": str, "frame_id": int, "is_highlighted": bool, "is_parent": bool, "is_zombie": bool,
              "unique_hash": str, "parent_frame_id_list": list, "encoded_locals": dict, "ordered_varnames": list}


class Bad(Exception):
    pass


def need(cond, what):
    if not cond:
        raise Bad(what)


def check_value(v, heap, where):
    """A primitive inline, or an encoded reference / special float / label."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return
    need(isinstance(v, list) and v and isinstance(v[0], str), f"{where}: not a value: {v!r}")
    if v[0] == "REF":
        need(len(v) == 2 and isinstance(v[1], int), f"{where}: bad REF {v!r}")
        need(str(v[1]) in heap, f"{where}: REF {v[1]} is not in the heap")
    elif v[0] == "SPECIAL_FLOAT":
        need(len(v) == 2 and isinstance(v[1], str), f"{where}: bad SPECIAL_FLOAT {v!r}")
        if v[1] not in ("Infinity", "-Infinity", "NaN"):
            float(v[1])
    elif v[0] == "IMPORTED_FAUX_PRIMITIVE":
        need(len(v) == 2 and isinstance(v[1], str), f"{where}: bad label {v!r}")
    else:
        raise Bad(f"{where}: unknown value encoding {v!r}")


def check_pairs(pairs, heap, where):
    for p in pairs:
        need(isinstance(p, list) and len(p) == 2, f"{where}: not a [key, value] pair: {p!r}")
        check_value(p[0], heap, where)
        check_value(p[1], heap, where)


def check_object(obj, heap, where):
    need(isinstance(obj, list) and obj and isinstance(obj[0], str), f"{where}: not an encoding")
    tag = obj[0]
    if tag in ("LIST", "TUPLE", "SET"):
        for v in obj[1:]:
            check_value(v, heap, where)
    elif tag == "DICT":
        check_pairs(obj[1:], heap, where)
    elif tag == "INSTANCE":
        need(isinstance(obj[1], str), f"{where}: INSTANCE without a class name")
        check_pairs(obj[2:], heap, where)
    elif tag == "CLASS":
        need(isinstance(obj[1], str) and isinstance(obj[2], list), f"{where}: CLASS without name and bases")
        need(all(isinstance(b, str) for b in obj[2]), f"{where}: CLASS bases are names")
        check_pairs(obj[3:], heap, where)
    elif tag == "FUNCTION":
        need(len(obj) == 3 and isinstance(obj[1], str), f"{where}: FUNCTION is [tag, name, parent]")
        need(obj[2] is None or isinstance(obj[2], int), f"{where}: FUNCTION parent is a frame id or null")
        need("(" in obj[1] and ")" in obj[1], f"{where}: FUNCTION name has its parameters")
    elif tag == "module":
        need(len(obj) == 2 and isinstance(obj[1], str), f"{where}: module is [tag, name]")
    else:
        need(len(obj) == 2 and isinstance(obj[1], str), f"{where}: other objects are [type, repr]")


def check_step(i, step):
    where = f"step {i}"
    need(step.get("event") in EVENTS, f"{where}: event {step.get('event')!r}")
    if step["event"] == "instruction_limit_reached":
        need(isinstance(step.get("exception_msg"), str), f"{where}: no exception_msg")
        return
    for k, t in (("line", int), ("func_name", str), ("globals", dict), ("ordered_globals", list),
                 ("stack_to_render", list), ("heap", dict), ("stdout", str)):
        need(isinstance(step.get(k), t), f"{where}: {k} missing or not {t.__name__}")
    heap = step["heap"]
    for k, obj in heap.items():
        need(k.isdigit(), f"{where}: heap key {k!r} is not an id")
        check_object(obj, heap, f"{where} heap {k}")
    need(sorted(step["ordered_globals"]) == sorted(step["globals"]), f"{where}: ordered_globals != globals")
    for name, v in step["globals"].items():
        check_value(v, heap, f"{where} global {name}")
    frames = step["stack_to_render"]
    ids = [f.get("frame_id") for f in frames]
    need(ids == sorted(ids), f"{where}: frames not in the order they were entered")
    if frames:
        need(sum(f.get("is_highlighted") is True for f in frames) == 1, f"{where}: not one highlighted frame")
    for f in frames:
        for k, t in FRAME_KEYS.items():
            need(isinstance(f.get(k), t), f"{where}: frame {k} missing or not {t.__name__}")
        need(sorted(f["ordered_varnames"]) == sorted(f["encoded_locals"]), f"{where}: ordered_varnames != locals")
        need(f["unique_hash"].startswith(f["func_name"] + "_f" + str(f["frame_id"])), f"{where}: unique_hash")
        for name, v in f["encoded_locals"].items():
            check_value(v, heap, f"{where} frame {f['frame_id']} {name}")
    if step["event"] in ("exception", "uncaught_exception"):
        need(isinstance(step.get("exception_msg"), str), f"{where}: no exception_msg")


def heap_objects(doc):
    for step in doc["trace"]:
        yield from step.get("heap", {}).values()


def values(doc):
    def walk(v):
        yield v
        if isinstance(v, list):
            for x in v:
                yield from walk(x)
    for step in doc["trace"]:
        for v in step.get("globals", {}).values():
            yield from walk(v)
        for obj in step.get("heap", {}).values():
            yield from walk(obj)


# What each program is there to show.
SHOWS = {
    "list": lambda d: any(o[0] == "LIST" and o[1:4] == [1, 2.5, "two"] for o in heap_objects(d)),
    "tuple": lambda d: any(o[0] == "TUPLE" and o[1:] == [1, "a"] for o in heap_objects(d)),
    "dict": lambda d: any(o[0] == "DICT" and ["a", 1] in o[1:] for o in heap_objects(d)),
    "set": lambda d: any(o[0] == "SET" for o in heap_objects(d)),
    "instance": lambda d: any(o[:2] == ["INSTANCE", "Point"] for o in heap_objects(d))
    and any(o[:3] == ["CLASS", "Point", ["Base"]] for o in heap_objects(d)),
    "function": lambda d: any(o[0] == "FUNCTION" and o[1] == "inner(x)" and isinstance(o[2], int)
                              for o in heap_objects(d))
    and any(o[0] == "FUNCTION" and o[1] == "outer(n, *rest, k, **kw)" for o in heap_objects(d))
    and any("__return__" in f["encoded_locals"] for s in d["trace"] for f in s.get("stack_to_render", [])),
    "floats": lambda d: all(["SPECIAL_FLOAT", x] in list(values(d)) for x in ("Infinity", "-Infinity", "NaN", "3.0")),
    "big": lambda d: any(o[0] == "LIST" and len(o) == 52 and o[-1] == ["IMPORTED_FAUX_PRIMITIVE", "\u2026 99950 more"]
                         for o in heap_objects(d)),
    "uncaught": lambda d: d["trace"][-1]["event"] == "uncaught_exception"
    and d["trace"][-1]["exception_msg"] == "ZeroDivisionError: division by zero",
}


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    failed = 0
    for n in names:
        path = os.path.join(folder, n)
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            need(isinstance(doc, dict) and set(doc) == {"code", "trace"}, "the document is {code, trace}")
            need(isinstance(doc["code"], str) and isinstance(doc["trace"], list) and doc["trace"], "code, trace")
            for i, step in enumerate(doc["trace"]):
                check_step(i, step)
            stem = n[:-5]
            need(stem in SHOWS, f"no check says what {n} shows")
            need(SHOWS[stem](doc), f"{n} does not show what its program is about")
            print(f"ok   {n} ({len(doc['trace'])} steps)")
        except (Bad, ValueError, KeyError, TypeError, IndexError) as e:
            failed += 1
            print(f"FAIL {n}: {e}")
    if not names:
        print(f"no traces in {folder}")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
