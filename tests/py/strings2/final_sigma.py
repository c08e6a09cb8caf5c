# lower() of a capital sigma: final 'ς' at the end of a word, 'σ' elsewhere, skipping case-ignorable characters as CPython does
cases = ['Σ', 'ΑΣ', 'ΣΑ', 'ΑΣΑ', 'ΟΔΥΣΣΕΥΣ', 'ΑΣ ΑΣ', 'ΑΣ.', 'ΑΣ1', 'ΑΣ\u0301', 'Α\u0301Σ', 'Α\u0301Σ\u0301Α',
         "ΑΣ'Α", "Α'Σ", 'aΣ', '1Σ', ' Σ ', 'ΣΣ', 'ΑΣΣ', 'ΑΣ\u0301\u0302', 'ᾼΣ', 'ǅΣ', 'ʰΣ', 'aʰΣ', 'Σʰ', 'ΑΣʰa']
for s in cases:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
print('ΟΔΥΣΣΕΥΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'ΣΊΣΥΦΟΣ ΚΑΙ ΣΊΣΥΦΟΣ'.lower())
