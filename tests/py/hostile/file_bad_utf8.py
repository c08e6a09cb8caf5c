# a source file with bytes that are not UTF-8 and no coding cookie
print("never")
s = "ÿþ"
