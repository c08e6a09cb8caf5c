# re.Scanner (a lexicon of phrases and actions) and Pattern.scanner's match/search from where the last match ended
import re
def s_ident(scanner, token): return ('ID', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('NUM', float(token))
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar ?!"))
print(re.Scanner([(r'(a)(b)', 'AB'), (r'c', 'C')]).scan('abcab'))
sc = re.compile(r'\d*').scanner('12a3')
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'a').scanner('aab')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'x*').scanner('ab', 1)
print(sc.match(), sc.match(), sc.search(), sc.search())
print(type(sc).__name__ if False else 'scanner', sc.pattern)
