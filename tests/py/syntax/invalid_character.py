# a character that cannot appear in Python code
price = 10 €
