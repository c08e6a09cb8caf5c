# Beside main.py: the script's folder is searched first, so this one wins.
WHERE = "the script's folder"
