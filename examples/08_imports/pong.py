# pong runs while ping is half run: `import ping` finds ping in sys.modules,
# but ping.ball is not defined yet. Using it later (in a function) is fine.
print("pong.py starts")
import ping
print("pong sees ping half run: ping has ball?", hasattr(ping, "ball"))


def ball():
    return "pong, and back: " + ping.ball()


print("pong.py ends")
