# an uncaught ValueError from time.sleep with a negative length
import time
for secs in [0, 0.001, -2]:
    time.sleep(secs)
    print("slept", secs)
