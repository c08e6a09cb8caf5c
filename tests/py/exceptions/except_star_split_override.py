# except* splits through the group's own split method, which a subclass may override
class G(ExceptionGroup):
    def split(self, cond):
        print("split called", cond.__name__)
        return super().split(cond)
try:
    raise G("g", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e))
except* TypeError as e:
    print(type(e).__name__, repr(e))
