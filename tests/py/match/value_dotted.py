# value patterns: dotted names are looked up and compared with ==; bare names would capture instead
class Color:
    RED = "red"
    GREEN = "green"

class Config:
    class Limits:
        MAX = 10

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Config.Limits.MAX:
            return "limit"
        case _:
            return "unknown"

for c in ["red", "green", 10, "blue"]:
    print(c, paint(c))
