from ... import simple
