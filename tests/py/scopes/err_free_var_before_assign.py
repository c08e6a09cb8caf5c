# a closure called before the enclosing function assigned the captured variable
def outer():
    def show():
        return message_text
    print('calling show too early')
    show()
    message_text = 'assigned'
outer()
