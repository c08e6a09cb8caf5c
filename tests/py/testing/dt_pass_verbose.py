# doctest: testmod(verbose=True) reports every example ("Trying:", "Expecting:", "ok") and the counts per item
"""
>>> 'module'
'module'
"""


def double(x):
    """
    >>> double(4)
    8
    >>> double('ab')
    'abab'
    """
    return 2 * x


def quiet():
    """
    >>> quiet()
    """
    return None


def no_examples():
    "Just text, no examples."


class Box:
    """
    >>> Box(3).value
    3
    """

    def __init__(self, value):
        self.value = value

    def get(self):
        """
        >>> Box(5).get()
        5
        """
        return self.value


if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
