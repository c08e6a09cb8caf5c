# doctest: classes, methods, staticmethod, classmethod, property, nested classes; the line of each failure and the order by name
class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.pop()
    1
    >>> len(Stack())
    1
    """

    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, x):
        """
        >>> s = Stack(); s.push(5); s.items
        [5]
        """
        self.items.append(x)

    def pop(self):
        """Remove and return the top.

        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        >>> s = Stack(); s.push(2); s.pop()
        3
        """
        return self.items.pop()

    @staticmethod
    def kind():
        """
        >>> Stack.kind()
        'lifo'
        >>> Stack.kind().upper()
        'FIFO'
        """
        return 'lifo'

    @classmethod
    def of(cls, *items):
        """
        >>> Stack.of(1, 2).items
        [1, 2]
        >>> len(Stack.of(1, 2, 3))
        2
        """
        s = cls()
        for x in items:
            s.push(x)
        return s

    @property
    def top(self):
        """The top item.

        >>> Stack.of(4, 5).top
        4
        """
        return self.items[-1]

    class Node:
        """
        >>> Stack.Node(3).value
        3
        >>> Stack.Node(3).value + 1
        5
        """

        def __init__(self, value):
            self.value = value

        def twice(self):
            """
            >>> Stack.Node(4).twice()
            9
            """
            return 2 * self.value


class Queue(Stack):
    """
    >>> Queue().kind()
    'lifo'
    """

    def pop(self):
        """
        >>> q = Queue(); q.push(1); q.push(2); q.pop()
        2
        """
        return self.items.pop(0)


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
