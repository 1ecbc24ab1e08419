package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.review.TranslationInvariants.Differences;
import org.salus.review.TranslationInvariants.Invariant;

/**
 * The invariant checker's table of cases: an original, its translation, and what the reviewer is
 * shown as in the original only ({@code missing}) and in the translation only ({@code added}),
 * values as written joined by " | ", empty when nothing differs.
 */
class TranslationInvariantsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            # case                                  ; original                                           ; translation                                         ; missing          ; added
            911 turned into 112 is flagged          ; If you have chest pain, call 911.                  ; Si tiene dolor de pecho, llame al 112.              ; 911              ; 112
            988 kept is fine                        ; Call or text 988 any time.                         ; Llame o envíe un mensaje de texto al 988.           ;                  ;
            same dose is fine                       ; Take 500 mg twice a day.                           ; Tome 500 mg dos veces al día.                       ;                  ;
            a dose losing a zero is flagged         ; Take 500 mg twice a day.                           ; Tome 50 mg dos veces al día.                        ; 500 mg           ; 50 mg
            a unit changed is flagged               ; Take 500 mg.                                       ; Tome 500 g.                                         ; 500 mg           ; 500 g
            a unit spelled out in Spanish is fine   ; Take 500 mg.                                       ; Tome 500 miligramos.                                ;                  ;
            decimal comma and spaced percent fine   ; An A1C of 6.5% or higher means diabetes.           ; Una A1C de 6,5 % o más indica diabetes.             ;                  ;
            decimal point kept (US Spanish) fine    ; An A1C of 6.5% or higher means diabetes.           ; Una A1C de 6.5% o más indica diabetes.              ;                  ;
            swapped digits are flagged              ; An A1C of 6.5% or higher means diabetes.           ; Una A1C de 5,6 % o más indica diabetes.             ; 6.5%             ; 5,6 %
            percent in words is fine                ; About 38 percent of adults have prediabetes.       ; Alrededor del 38 % de los adultos tiene prediabetes.;                  ;
            a range in other words is fine          ; An A1C of 5.7 to 6.4 means prediabetes.            ; Una A1C de 5,7 a 6,4 indica prediabetes.            ;                  ;
            a dashed range with one unit is fine    ; Prediabetes is an A1C of 5.7–6.4%.                 ; La prediabetes es una A1C de 5,7 % a 6,4 %.         ;                  ;
            a range with y is fine                    ; Between 5 and 10 mg a day.                         ; Entre 5 y 10 mg al día.                             ;                  ;
            blood pressure with mm Hg spacing fine  ; Normal is below 120/80 mm Hg.                      ; Lo normal es menos de 120/80 mmHg.                  ;                  ;
            a changed reading is flagged            ; High is 140/90 or higher.                          ; Alta es 140/80 o más.                               ; 140/90           ; 140/80
            an ICD-10 code kept is fine             ; Coded E11.9 (type 2 diabetes).                     ; Código E11.9 (diabetes tipo 2).                     ;                  ;
            an ICD-10 code dropped is flagged       ; Coded E11.9 (type 2 diabetes).                     ; Diabetes tipo 2.                                    ; E11.9            ;
            a LOINC code kept is fine               ; The A1C test is LOINC 4548-4.                      ; La prueba A1C es LOINC 4548-4.                      ;                  ;
            a number only in the translation        ; Walk most days.                                    ; Camine 30 minutos casi todos los días.              ;                  ; 30
            thousands point for comma is fine       ; Up to 1,000 mg a day.                              ; Hasta 1.000 mg al día.                              ;                  ;
            thousands by space is fine              ; About 10,000 steps.                                ; Unos 10 000 pasos.                                  ;                  ;
            a thousand is not one and a half        ; Up to 1,500 mg a day.                              ; Hasta 1,5 mg al día.                                ; "1,500 mg"       ; "1,5 mg"
            a toll-free number kept is fine         ; Call 1-800-222-1222 for poison help.               ; Llame al 1-800-222-1222 si hay intoxicación.        ;                  ;
            a toll-free number changed is flagged   ; Call 1-800-222-1222 for poison help.               ; Llame al 1-800-222-1221.                            ; 1-800-222-1222   ; 1-800-222-1221
            a phone written with brackets is fine   ; Call 1-800-222-1222.                               ; Llame al (800) 222-1222.                            ;                  ;
            years and ages in words are not units   ; Adults 45 years or older, since 2021.              ; Adultos a partir de los 45 años, desde 2019.        ;                  ;
            dates written either way are ignored    ; Updated 9/30/2026.                                 ; Actualizado el 30/9/2026.                           ;                  ;
            numbers inside names are ignored        ; Get an A1C test, COVID-19 and omega-3 too.        ; Hágase la prueba HbA1c, también COVID-19.          ;                  ;
            a number as a word is reported          ; Eat 3 meals.                                       ; Coma tres comidas.                                  ; 3                ;
            weight in pounds is fine                ; Lose 10 to 14 pounds.                              ; Pierda de 10 a 14 libras.                           ;                  ;
            a value that repeats counts once        ; Call 911. Really, call 911.                        ; Llame al 911.                                       ;                  ;
            """)
    void reportsWhatDiffers(String name, String original, String translation, String missing, String added) {
        Differences differences = TranslationInvariants.compare(original, translation);

        assertThat(texts(differences.missing())).as("in the original only").isEqualTo(list(missing));
        assertThat(texts(differences.added())).as("in the translation only").isEqualTo(list(added));
        assertThat(differences.none())
                .isEqualTo(list(missing).isEmpty() && list(added).isEmpty());
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = ';', textBlock = """
            6.5       ; 6.5
            6,5       ; 6.5
            1,000     ; 1000 | 1.000
            1.000     ; 1000 | 1.000
            1,000,000 ; 1000000
            1.000,5   ; 1000.5
            1,000.5   ; 1000.5
            0,125     ; 0.125
            10 000    ; 10000
            """)
    void readsDecimalCommasAndGrouping(String number, String readings) {
        assertThat(TranslationInvariants.readings(number)).containsExactlyInAnyOrderElementsOf(list(readings));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            <p>Call <a href="/x">911</a> now.</p>                                                      ; Call 911 now.
            <p>Your <span class="term"><a>A1C</a><span class="term-tip">A test from 1990</span></span> is 6%.</p> ; Your A1C is 6%.
            """)
    void readsTheTextOfRenderedHtmlWithoutTooltips(String html, String text) {
        assertThat(TranslationInvariants.textOfHtml(html)).isEqualTo(text);
    }

    private static List<String> texts(List<Invariant> invariants) {
        return invariants.stream().map(Invariant::text).toList();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("\\s*\\|\\s*"));
    }
}
