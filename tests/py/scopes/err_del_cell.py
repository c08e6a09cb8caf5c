# reading a free variable whose cell was emptied by del in the enclosing function
def outer():
    secret = 'value'
    def reveal():
        return secret
    print(reveal())
    del secret
    return reveal()
outer()
