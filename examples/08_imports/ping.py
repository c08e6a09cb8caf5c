# ping imports pong, and pong imports ping back.
print("ping.py starts")
import pong


def ball():
    return "ping"


print("ping.py ends")
