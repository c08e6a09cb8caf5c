# doctest: a warning issued by an example quotes the example's line (doctest lends linecache the examples' sources), stderr not captured
import warnings
def f():
    """
    >>> warnings.warn("from an example")
    >>> 1
    1
    """
if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
