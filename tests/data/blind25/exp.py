# Tiny constructors for the "expect" objects of dialogue turns (no user text here).
def A(*s): return {"kind": "answer", "sections": list(s)}
def CAL(): return {"kind": "calendar"}
def HUM(): return {"kind": "human"}
def CLAR(): return {"kind": "clarify"}
def CONF(*s): return {"kind": "confirm_clarification", "sections": list(s)}
def EX(*s): return {"kind": "same_topic_example", "sections": list(s)}
def OL(lang, *s): return {"kind": "same_topic_other_lang", "lang": lang, "sections": list(s)}
