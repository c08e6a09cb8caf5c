# General benchmark: attribute access -- reading and writing instance
# attributes of objects of one class (a 2-D particle system), and a class
# attribute read through instances. LOAD_ATTR/STORE_ATTR on instances that
# share one layout. Prints checksums.
class Particle:
    damping = 0.5

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy


def simulate(particles, steps):
    for _ in range(steps):
        for p in particles:
            p.x = p.x + p.vx
            p.y = p.y + p.vy
            if p.x < 0 or p.x > 1000:
                p.vx = -p.vx * p.damping
            if p.y < 0 or p.y > 1000:
                p.vy = -p.vy * p.damping
    sx = 0
    sy = 0
    for p in particles:
        sx += p.x
        sy += p.y
    return round(sx, 6), round(sy, 6)


particles = [Particle(i * 7 % 1000, i * 13 % 1000, (i % 11) - 5, (i % 7) - 3) for i in range(1000)]
print(simulate(particles, 300))
