# an ordinary program: a Matrix class with arithmetic operators (and reflected ones), indexing by tuples, equality, iteration and errors for mismatched shapes
class ShapeError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError('rows must be non-empty and of equal length')
        self.rows = rows
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]
    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value
    def __iter__(self):
        for row in self.rows:
            yield from row
    def _check(self, other, op):
        if self.shape != other.shape:
            raise ShapeError(f'cannot {op} {self.shape} and {other.shape}')
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v + other for v in r] for r in self.rows])
        self._check(other, 'add')
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    __radd__ = __add__
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Matrix([[-v for v in r] for r in self.rows])
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ShapeError(f'cannot multiply {self.shape} by {other.shape}')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return f'Matrix({self.rows})'
    def __str__(self):
        width = max(len(str(v)) for v in self)
        return '\n'.join('[' + ' '.join(str(v).rjust(width) for v in r) + ']' for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, 2 * a, a * 3, 10 + a, sep='\n')
print(repr(a @ b), repr(b @ a), a.shape, Matrix([[1, 2, 3]]).transpose().shape)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(fib, fib[0, 1], sum(fib), max(fib), list(Matrix.identity(3)))
c = Matrix.identity(2)
c[0, 1] = 7
print(c, c == Matrix([[1, 7], [0, 1]]), c == [[1, 7], [0, 1]], c != a)
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: a * a, lambda: Matrix([])]:
    try:
        bad()
    except (ShapeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
