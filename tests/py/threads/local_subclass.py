# a threading.local subclass: its __init__ runs again in each thread that uses it
import threading

class Settings(threading.local):
    created = 0

    def __init__(self, color):
        Settings.created += 1
        self.color = color

    def describe(self):
        return "%s in %s" % (self.color, threading.current_thread().name)

s = Settings("red")
out = []

def work():
    out.append(s.describe())
    s.color = "blue"
    out.append(s.describe())

t = threading.Thread(target=work, name="other")
t.start()
t.join()
print(out)
print(s.describe(), Settings.created)
