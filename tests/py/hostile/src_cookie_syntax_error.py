# coding: latin-1 -- a syntax error in a latin-1 source shows the line decoded, the caret counted in characters
x = 'éè' + 'à' +
