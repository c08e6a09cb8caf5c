# Only in elsewhere/: found when MINIPYPATH names this folder.
WHERE = "elsewhere/only_elsewhere.py"
