# an ordinary program: a tokenizer written with generators feeding a recursive-descent parser and evaluator for arithmetic with variables
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f'{self.kind}:{self.text!r}'

class LexError(Exception):
    pass

class ParseError(Exception):
    pass

OPERATORS = {'+', '-', '*', '/', '%', '(', ')', '=', '^', ','}

def chars(text):
    for i, ch in enumerate(text):
        yield i, ch
    yield len(text), ''

def tokenize(text):
    it = chars(text)
    pos, ch = next(it)
    while ch:
        if ch.isspace():
            pos, ch = next(it)
        elif ch.isdigit() or ch == '.':
            start, buf = pos, ''
            while ch and (ch.isdigit() or ch == '.'):
                buf += ch
                pos, ch = next(it)
            if buf.count('.') > 1:
                raise LexError(f'bad number {buf!r} at {start}')
            yield Token('NUM', buf, start)
        elif ch.isalpha() or ch == '_':
            start, buf = pos, ''
            while ch and (ch.isalnum() or ch == '_'):
                buf += ch
                pos, ch = next(it)
            yield Token('NAME', buf, start)
        elif ch in OPERATORS:
            yield Token('OP', ch, pos)
            pos, ch = next(it)
        else:
            raise LexError(f'unexpected character {ch!r} at {pos}')
    yield Token('END', '', pos)

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.current = next(tokens)
        self.env = env
    def advance(self):
        tok = self.current
        self.current = next(self.tokens)
        return tok
    def expect(self, text):
        if self.current.text != text:
            raise ParseError(f'expected {text!r} but found {self.current!r} at {self.current.pos}')
        return self.advance()
    def statement(self):
        if self.current.kind == 'NAME':
            name_tok = self.advance()
            if self.current.text == '=':
                self.advance()
                value = self.expr()
                self.env[name_tok.text] = value
                result = (name_tok.text, value)
            else:
                self.tokens = iter([self.current] + list(self.tokens))
                self.current = name_tok
                result = ('_', self.expr())
        else:
            result = ('_', self.expr())
        if self.current.kind != 'END':
            raise ParseError(f'unexpected {self.current!r} at {self.current.pos}')
        return result
    def expr(self):
        value = self.term()
        while self.current.text in ('+', '-'):
            op = self.advance().text
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value
    def term(self):
        value = self.power()
        while self.current.text in ('*', '/', '%'):
            op = self.advance().text
            rhs = self.power()
            if op == '*':
                value *= rhs
            elif op == '/':
                value /= rhs
            else:
                value %= rhs
        return value
    def power(self):
        base = self.unary()
        if self.current.text == '^':
            self.advance()
            return base ** self.power()
        return base
    def unary(self):
        if self.current.text == '-':
            self.advance()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.current
        if tok.kind == 'NUM':
            self.advance()
            return float(tok.text) if '.' in tok.text else int(tok.text)
        if tok.kind == 'NAME':
            self.advance()
            if self.current.text == '(':
                self.advance()
                args = [self.expr()]
                while self.current.text == ',':
                    self.advance()
                    args.append(self.expr())
                self.expect(')')
                return FUNCTIONS[tok.text](*args)
            if tok.text not in self.env:
                raise ParseError(f'unknown variable {tok.text!r}')
            return self.env[tok.text]
        if tok.text == '(':
            self.advance()
            value = self.expr()
            self.expect(')')
            return value
        raise ParseError(f'unexpected {tok!r} at {tok.pos}')

FUNCTIONS = {'max': max, 'min': min, 'abs': abs}

print(list(tokenize('x1 = 3.5 * (y + 42)')))
print([t.kind for t in tokenize('max(1, 2) ^ 2')])
env = {'pi': 3.14159}
program = ['a = 2 + 3 * 4', 'b = (a - 4) ^ 2 ^ 1', 'a * b - 1', 'c = -a + max(a, b, 7) % 5',
           'r = 2', 'area = pi * r ^ 2', '10 / 4', '7 / (a - 14)', '3 + ', 'd = e + 1',
           '4 $ 4', '1.2.3 + 1', '(1 + 2', 'abs(-7) + min(3, 9)', 'a b']
for line in program:
    try:
        name, value = Parser(tokenize(line), env).statement()
        print(f'{line:<24} -> {name} = {value!r}')
    except (LexError, ParseError) as e:
        print(f'{line:<24} !! {type(e).__name__}: {e}')
    except ZeroDivisionError as e:
        print(f'{line:<24} !! ZeroDivisionError: {e}')
print(sorted(env.items()))
