# expect: CE
def f(:
    pass
