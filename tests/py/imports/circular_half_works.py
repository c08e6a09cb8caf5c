# a circular import with plain `import`: the second module sees the first one partly initialised, and attributes read later work
import circ_a
import circ_b
print(circ_b.late(), circ_a.circ_b is circ_b)
