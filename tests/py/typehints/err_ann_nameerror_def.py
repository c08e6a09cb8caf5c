# an annotation names something undefined: NameError when the def runs, with
# carets under the annotation
def outer():
    def ok(a: int) -> str:
        return str(a)
    print(ok.__annotations__)
    def bad(a: int, b: undefined_thing) -> str:
        pass
outer()
