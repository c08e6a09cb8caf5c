# On MINIPYPATH: searched after the script's folder, so this one is never run.
print("elsewhere/greeting.py runs: this should not happen")
WHERE = "elsewhere"
