from circ_y import Y
X = 'x'
