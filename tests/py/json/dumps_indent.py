# indent as an int, 0, a str; separators given or defaulted (',' with indent); sort_keys; empty containers stay compact
import json
data = {"name": "x", "items": [1, [2, 3], {}, [], {"z": 1, "a": [None]}], "b": {"y": 2, "x": 1}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent="--", separators=(";", "=")))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, sort_keys=True))
print(json.dumps([1, 2], indent=4, separators=(", ", ": ")))
print(repr(json.dumps([[]], indent=3)), repr(json.dumps({}, indent=3)))
