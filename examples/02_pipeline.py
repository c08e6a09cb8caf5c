# Lesson 2 -- What is CPython?
#
# The common answer: "the Python interpreter, written in C". Half right.
#
# Truth: CPython is the *reference implementation* of Python, and it is
# written in C. It does not run your source text directly, and it does not
# turn it into C either. It runs a pipeline, and minipy runs the same one,
# stage by stage, so you can stop it after each stage and look:
#
#   source text --> tokens --> syntax tree --> bytecode --> stack VM
#                 (lexer/)   (parser/)      (vm/compiler)  (vm/eval)
#
#   minipy --tokens examples/02_pipeline.py   the words the lexer cut the text into
#   minipy --ast    examples/02_pipeline.py   the tree the parser built from them
#   minipy --dis    examples/02_pipeline.py   the bytecode the compiler made of it
#   minipy --trace=op examples/02_pipeline.py the VM executing it, one
#                                             instruction at a time, with its stack
#
# The bytecode is CPython's own instruction set (minipy's is a close cousin):
# it is not C, not machine code. A loop written in C (Python/ceval.c in
# CPython, vm/eval.c here) reads one instruction after another and carries it
# out on a stack of values. Cython is a different project: a compiler that
# turns Python-like code into C extension modules.
#
# Things to look for:
# - In --tokens: `price` is a NAME, `*` an operator, and the INDENT/DEDENT
#   tokens that stand for the indentation of the `def` body.
# - In --ast: `price * quantity + tax` is a BinOp whose left side is another
#   BinOp -- precedence is decided here, once, by the parser.
# - In --dis: the same expression is LOAD, LOAD, BINARY_OP *, LOAD,
#   BINARY_OP +, in postfix order, because the VM is a stack machine.
# - In --trace=op: watch the value stack grow by one on each LOAD and
#   shrink by one on each BINARY_OP.

price = 3
quantity = 4
tax = 1
total = price * quantity + tax
print("total:", total)


def area(width, height):
    # width and height live in numbered slots of the frame (LOAD_FAST),
    # not in a dictionary: the compiler resolved them before the run.
    return width * height


print("area:", area(3, 4))

# compile() runs the first three stages and hands back a code object:
# the bytecode together with the constants and names it refers to.
code = compile("total = price * quantity + tax", "<lesson>", "exec")
print("names the bytecode uses:", code.co_names)
print("constants it carries:", code.co_consts)

# exec() runs the last stage: the VM executes the code object in a namespace.
namespace = {"price": 10, "quantity": 2, "tax": 5}
exec(code, namespace)
print("total in the new namespace:", namespace["total"])

# A function's code object is the bytecode of its body.
print("area's local variables:", area.__code__.co_varnames)
print("area takes", area.__code__.co_argcount, "arguments")
