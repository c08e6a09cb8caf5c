"""BaseExceptionGroup and ExceptionGroup (PEP 654), which a TaskGroup raises.

minipy's builtins do not have them yet (nor `except*`), so asyncio carries
these two classes: the constructor's checks and messages, the message with
its count of sub-exceptions, and subgroup/split/derive as in CPython 3.11.
"""

__all__ = ('BaseExceptionGroup', 'ExceptionGroup')


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not " + type(message).__name__)
        try:
            excs = tuple(exceptions)
        except TypeError:
            raise TypeError("second argument (exceptions) must be a sequence") from None
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        if cls is BaseExceptionGroup:
            if all(isinstance(e, Exception) for e in excs):
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            for e in excs:
                if not isinstance(e, Exception):
                    if cls is ExceptionGroup:
                        raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                    raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = super().__new__(cls, message, excs)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions):
        super().__init__(message, tuple(exceptions))

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

    def __repr__(self):
        return f"{type(self).__name__}({self._message!r}, {list(self._exceptions)!r})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _matcher(self, condition):
        if isinstance(condition, type) and issubclass(condition, BaseException):
            return lambda e: isinstance(e, condition)
        if isinstance(condition, tuple) and all(
                isinstance(c, type) and issubclass(c, BaseException) for c in condition):
            return lambda e: isinstance(e, condition)
        if callable(condition):
            return condition
        raise TypeError("expected a function, exception type or tuple of exception types")

    def _copy_extras(self, group):
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        return group

    def split(self, condition):
        match = self._matcher(condition)
        if match(self):
            return self, None
        yes, no = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    yes.append(m)
                if r is not None:
                    no.append(r)
            elif match(e):
                yes.append(e)
            else:
                no.append(e)
        matched = self._copy_extras(self.derive(yes)) if yes else None
        rest = self._copy_extras(self.derive(no)) if no else None
        return matched, rest

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass
