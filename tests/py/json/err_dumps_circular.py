# an uncaught "Circular reference detected" ValueError from dumps
import json
node = {"name": "root", "children": []}
node["children"].append({"parent": node})
try:
    json.dumps(node, indent=1)
except ValueError as e:
    err = e
raise err.with_traceback(None)
