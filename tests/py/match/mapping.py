# mapping patterns: the listed keys must be present (others are allowed); **rest collects the others
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", **rest}:
            return f"key with {rest}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "x": 1, "y": 2, "extra": 0}, {"type": "key", "code": 13, "shift": True},
          {"type": "scroll"}, {"x": 1}, {}, [("type", "click")], "type"]:
    print(handle(e))
