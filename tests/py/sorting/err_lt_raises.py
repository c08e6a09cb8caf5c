# An uncaught exception raised inside __lt__ during sorted(): the traceback goes through __lt__
class Version:
    def __init__(self, text):
        self.parts = text.split(".")

    def __lt__(self, other):
        return [int(p) for p in self.parts] < [int(p) for p in other.parts]


versions = [Version(t) for t in ["1.2", "1.10", "1.b", "0.9"]]
print(len(sorted(versions[:2])))
print(sorted(versions))
