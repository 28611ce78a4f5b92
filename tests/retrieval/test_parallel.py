"""`retrieval.parallel.same_part`: the blocks a reply quoted, from the section's other language version."""
from __future__ import annotations

from retrieval.parallel import same_part

FR = ("Les échéances valent pour toute la cohorte, car les corrections commencent juste après.\n\n"
      "Si vous ne pouvez pas tenir le délai, écrivez à votre tuteur avant l'échéance, avec la raison.\n\n"
      "Étapes habituelles :\n1. ouvrir le module et l'activité de devoir ;\n2. déposer le fichier ;\n"
      "3. vérifier l'état du dépôt.")
AR = ("الآجال واحدة لكل الفوج، لأن التصحيح يبدأ مباشرة بعدها.\n\n"
      "إذا لم تستطع احترام الأجل، فراسل مؤطرك قبل حلوله مع ذكر السبب.\n\n"
      "الخطوات المعتادة:\n1. افتح المجزوءة ونشاط الواجب؛\n2. ارفع الملف؛\n3. تحقق من حالة الإيداع.")


def test_both_paragraphs_shown_come_back_in_the_other_language():
    shown = ("Les échéances valent pour toute la cohorte, car les corrections commencent juste après.\n\n"
             "Si vous ne pouvez pas tenir le délai, écrivez à votre tuteur avant l'échéance, avec la raison.")
    text = same_part(shown, FR, AR, "ar")
    assert "الآجال واحدة" in text and "فراسل مؤطرك" in text and "ارفع الملف" not in text


def test_the_steps_after_the_intro_come_back_whole():
    shown = "Étapes habituelles :\n1. ouvrir le module et l'activité de devoir ;\n2. déposer le fichier ;"
    text = same_part(shown, FR, AR, "ar")
    assert "افتح المجزوءة" in text and "تحقق من حالة الإيداع" in text and "الآجال" not in text


def test_arabic_shown_comes_back_in_french():
    shown = "إذا لم تستطع احترام الأجل، فراسل مؤطرك قبل حلوله مع ذكر السبب."
    assert same_part(shown, AR, FR, "fr").startswith("Si vous ne pouvez pas tenir le délai")


def test_versions_of_different_shapes_or_nothing_quoted_give_nothing():
    assert same_part("Les échéances valent pour toute la cohorte, car…", FR, AR.split("\n\n")[0], "ar") == ""
    assert same_part("Un texte qui ne vient pas de cette section du tout.", FR, AR, "ar") == ""
