# the order in which modules run: a package before its submodules, each once
import pkg.deep.leaf
import pkg.sibling
import pkg.deep.leaf, pkg.sibling, simple
