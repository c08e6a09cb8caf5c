NAME = 'twig'
