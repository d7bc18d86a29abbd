/**
 * The API's error messages in every language, by stable code. Generated once from the same text as the
 * web catalogues' `error.*` keys; `params` are the values each message names (sent in `error.params`).
 */
import type { Locale } from "@atlas/db/schema";

interface ErrorMessage {
  params: readonly string[];
  text: Record<Locale, string>;
}

export const errorMessages = {
  invalid_parameter: {
    params: ["parameter"],
    text: {
      en: "The value of “{parameter}” is not valid.",
      es: "El valor de «{parameter}» no es válido.",
      fr: "La valeur de « {parameter} » n’est pas valide.",
      ar: "قيمة «{parameter}» غير صالحة.",
      it: "Il valore di «{parameter}» non è valido.",
      el: "Η τιμή του «{parameter}» δεν είναι έγκυρη.",
    },
  },
  invalid_body: {
    params: [],
    text: {
      en: "Part of what was sent is not valid.",
      es: "Parte de lo enviado no es válido.",
      fr: "Une partie de ce qui a été envoyé n’est pas valide.",
      ar: "جزء مما أُرسل غير صالح.",
      it: "Parte di ciò che è stato inviato non è valida.",
      el: "Μέρος όσων στάλθηκαν δεν είναι έγκυρο.",
    },
  },
  not_found: {
    params: ["id"],
    text: {
      en: "Nothing found for “{id}”.",
      es: "No se encontró nada para «{id}».",
      fr: "Rien n’a été trouvé pour « {id} ».",
      ar: "لم يُعثر على شيء لـ«{id}».",
      it: "Nessun risultato per «{id}».",
      el: "Δεν βρέθηκε τίποτα για «{id}».",
    },
  },
  method_not_allowed: {
    params: ["method", "allowed"],
    text: {
      en: "{method} is not allowed here; use {allowed}.",
      es: "{method} no está permitido aquí; use {allowed}.",
      fr: "{method} n’est pas autorisé ici ; utilisez {allowed}.",
      ar: "{method} غير مسموح به هنا؛ استخدم {allowed}.",
      it: "{method} non è consentito qui; usa {allowed}.",
      el: "Το {method} δεν επιτρέπεται εδώ· χρησιμοποιήστε {allowed}.",
    },
  },
  payload_too_large: {
    params: ["maxBytes"],
    text: {
      en: "What was sent is too large (at most {maxBytes} bytes).",
      es: "Lo enviado es demasiado grande (como máximo {maxBytes} bytes).",
      fr: "L’envoi est trop volumineux ({maxBytes} octets au plus).",
      ar: "ما أُرسل كبير جدًا (الحد الأقصى {maxBytes} بايت).",
      it: "L’invio è troppo grande (al massimo {maxBytes} byte).",
      el: "Όσα στάλθηκαν είναι πολύ μεγάλα (το πολύ {maxBytes} byte).",
    },
  },
  unsupported_media_type: {
    params: [],
    text: {
      en: "The request body must be JSON.",
      es: "El cuerpo de la solicitud debe ser JSON.",
      fr: "Le corps de la requête doit être du JSON.",
      ar: "يجب أن يكون متن الطلب بصيغة JSON.",
      it: "Il corpo della richiesta deve essere JSON.",
      el: "Το σώμα του αιτήματος πρέπει να είναι JSON.",
    },
  },
  http_error: {
    params: [],
    text: {
      en: "The request failed.",
      es: "La solicitud ha fallado.",
      fr: "La requête a échoué.",
      ar: "فشل الطلب.",
      it: "La richiesta non è riuscita.",
      el: "Το αίτημα απέτυχε.",
    },
  },
  internal_error: {
    params: [],
    text: {
      en: "Something went wrong on our side; the error was logged.",
      es: "Algo ha fallado por nuestra parte; el error ha quedado registrado.",
      fr: "Un problème est survenu de notre côté ; l’erreur a été enregistrée.",
      ar: "حدث خطأ من جهتنا؛ وقد سُجّل الخطأ.",
      it: "Qualcosa è andato storto da parte nostra; l’errore è stato registrato.",
      el: "Κάτι πήγε στραβά από τη δική μας πλευρά· το σφάλμα καταγράφηκε.",
    },
  },
  too_many_requests: {
    params: ["seconds"],
    text: {
      en: "Too many attempts; try again in {seconds} seconds.",
      es: "Demasiados intentos; vuelva a intentarlo dentro de {seconds} segundos.",
      fr: "Trop de tentatives ; réessayez dans {seconds} secondes.",
      ar: "محاولات كثيرة جدًا؛ حاول مجددًا بعد {seconds} ثانية.",
      it: "Troppi tentativi; riprova tra {seconds} secondi.",
      el: "Πάρα πολλές προσπάθειες· δοκιμάστε ξανά σε {seconds} δευτερόλεπτα.",
    },
  },
  invalid_code: {
    params: [],
    text: {
      en: "No open workshop has this code. Check it with your facilitator.",
      es: "Ningún taller abierto tiene este código. Compruébelo con la persona facilitadora.",
      fr: "Aucun atelier ouvert n’a ce code. Vérifiez-le auprès de votre animateur ou animatrice.",
      ar: "لا توجد ورشة مفتوحة بهذا الرمز. تحقّق منه مع الميسّر.",
      it: "Nessun laboratorio aperto ha questo codice. Verificalo con chi facilita.",
      el: "Κανένα ανοιχτό εργαστήριο δεν έχει αυτόν τον κωδικό. Ελέγξτε τον με τον συντονιστή σας.",
    },
  },
  workshop_full: {
    params: ["max"],
    text: {
      en: "This workshop already has {max} members.",
      es: "Este taller ya tiene {max} participantes.",
      fr: "Cet atelier compte déjà {max} membres.",
      ar: "تضم هذه الورشة {max} عضوًا بالفعل.",
      it: "Questo laboratorio ha già {max} partecipanti.",
      el: "Αυτό το εργαστήριο έχει ήδη {max} μέλη.",
    },
  },
  workshop_closed: {
    params: [],
    text: {
      en: "The workshop is closed: it can still be read and exported, not changed.",
      es: "El taller está cerrado: aún se puede leer y exportar, pero no modificar.",
      fr: "L’atelier est clos : on peut encore le lire et l’exporter, pas le modifier.",
      ar: "الورشة مغلقة: يمكن قراءتها وتصديرها، لا تعديلها.",
      it: "Il laboratorio è chiuso: si può ancora leggere ed esportare, non modificare.",
      el: "Το εργαστήριο έκλεισε: μπορεί ακόμη να διαβαστεί και να εξαχθεί, όχι να αλλάξει.",
    },
  },
  phase_locked: {
    params: ["phase"],
    text: {
      en: "This phase has been locked by the facilitator: reopen it to change it.",
      es: "La persona facilitadora ha bloqueado esta fase: reábrala para modificarla.",
      fr: "L’animateur a verrouillé cette phase : rouvrez-la pour la modifier.",
      ar: "أقفل الميسّر هذه المرحلة: أعد فتحها لتعديلها.",
      it: "Chi facilita ha bloccato questa fase: riaprila per modificarla.",
      el: "Ο συντονιστής κλείδωσε αυτή τη φάση· ανοίξτε την ξανά για να την αλλάξετε.",
    },
  },
  version_conflict: {
    params: [],
    text: {
      en: "Someone else changed this since you loaded it; here is the current version.",
      es: "Otra persona lo ha modificado desde que lo cargó; esta es la versión actual.",
      fr: "Quelqu’un d’autre l’a modifié depuis que vous l’avez chargé ; voici la version actuelle.",
      ar: "غيّره شخص آخر منذ أن حمّلته؛ هذه هي النسخة الحالية.",
      it: "Qualcun altro l’ha modificato da quando l’hai caricato; ecco la versione attuale.",
      el: "Κάποιος άλλος το άλλαξε από τότε που το φορτώσατε· αυτή είναι η τρέχουσα έκδοση.",
    },
  },
  order_conflict: {
    params: [],
    text: {
      en: "The step to place this one after has moved or been removed; here is the current order.",
      es: "El paso tras el que colocar este se ha movido o eliminado; este es el orden actual.",
      fr: "L’étape après laquelle placer celle-ci a été déplacée ou supprimée ; voici l’ordre actuel.",
      ar: "الخطوة التي يُراد وضع هذه بعدها نُقلت أو حُذفت؛ هذا هو الترتيب الحالي.",
      it: "Il passo dopo cui collocare questo è stato spostato o rimosso; ecco l’ordine attuale.",
      el: "Το βήμα μετά από το οποίο θα μπει αυτό μετακινήθηκε ή αφαιρέθηκε· αυτή είναι η τρέχουσα σειρά.",
    },
  },
  forbidden: {
    params: [],
    text: {
      en: "Only the facilitator can do this.",
      es: "Solo la persona facilitadora puede hacer esto.",
      fr: "Seul l’animateur ou l’animatrice peut faire cela.",
      ar: "الميسّر وحده يستطيع فعل ذلك.",
      it: "Solo chi facilita può farlo.",
      el: "Μόνο ο συντονιστής μπορεί να το κάνει αυτό.",
    },
  },
  facilitator_not_removable: {
    params: [],
    text: {
      en: "The facilitator cannot be removed from the workshop.",
      es: "La persona facilitadora no puede ser retirada del taller.",
      fr: "L’animateur ou l’animatrice ne peut pas être retiré de l’atelier.",
      ar: "لا يمكن إزالة الميسّر من الورشة.",
      it: "Chi facilita non può essere rimosso dal laboratorio.",
      el: "Ο συντονιστής δεν μπορεί να αφαιρεθεί από το εργαστήριο.",
    },
  },
  already_linked: {
    params: [],
    text: {
      en: "This case is already evidence for this step.",
      es: "Este caso ya es evidencia de este paso.",
      fr: "Ce cas est déjà une preuve pour cette étape.",
      ar: "هذه الحالة دليل على هذه الخطوة بالفعل.",
      it: "Questo caso è già un’evidenza per questo passo.",
      el: "Αυτή η περίπτωση είναι ήδη τεκμήριο για αυτό το βήμα.",
    },
  },
  vote_budget_exceeded: {
    params: ["left", "budget"],
    text: {
      en: "You have {left} of your {budget} dots left.",
      es: "Le quedan {left} de sus {budget} puntos.",
      fr: "Il vous reste {left} de vos {budget} gommettes.",
      ar: "تبقّى لك {left} من نقاطك البالغة {budget}.",
      it: "Ti restano {left} dei tuoi {budget} punti.",
      el: "Σας απομένουν {left} από τις {budget} κουκκίδες σας.",
    },
  },
  item_removed: {
    params: [],
    text: {
      en: "This step has been removed by the facilitator.",
      es: "La persona facilitadora ha eliminado este paso.",
      fr: "L’animateur ou l’animatrice a supprimé cette étape.",
      ar: "أزال الميسّر هذه الخطوة.",
      it: "Chi facilita ha rimosso questo passo.",
      el: "Ο συντονιστής αφαίρεσε αυτό το βήμα.",
    },
  },
  item_merged: {
    params: [],
    text: {
      en: "This step was merged into another one.",
      es: "Este paso se fusionó con otro.",
      fr: "Cette étape a été fusionnée avec une autre.",
      ar: "دُمجت هذه الخطوة في خطوة أخرى.",
      it: "Questo passo è stato unito a un altro.",
      el: "Αυτό το βήμα συγχωνεύτηκε με άλλο.",
    },
  },
  network_too_large: {
    params: ["nodes", "edges"],
    text: {
      en: "The network has {nodes} nodes and {edges} ties, too many to draw: narrow the filters.",
      es: "La red tiene {nodes} nodos y {edges} vínculos, demasiados para dibujarla: acote los filtros.",
      fr: "Le réseau compte {nodes} nœuds et {edges} liens, trop pour le dessiner : affinez les filtres.",
      ar: "تضم الشبكة {nodes} عقدة و{edges} رابطًا، وهذا أكثر مما يمكن رسمه: ضيّق عوامل التصفية.",
      it: "La rete ha {nodes} nodi e {edges} legami, troppi per disegnarla: restringi i filtri.",
      el: "Το δίκτυο έχει {nodes} κόμβους και {edges} δεσμούς, πάρα πολλούς για να σχεδιαστεί· περιορίστε τα φίλτρα.",
    },
  },
  too_many_streams: {
    params: [],
    text: {
      en: "Too many live connections are open for you: close another tab or device and try again.",
      es: "Tiene demasiadas conexiones en directo abiertas: cierre otra pestaña o dispositivo y vuelva a intentarlo.",
      fr: "Trop de connexions en direct sont ouvertes pour vous : fermez un autre onglet ou appareil et réessayez.",
      ar: "لديك اتصالات مباشرة مفتوحة أكثر من اللازم: أغلق علامة تبويب أو جهازًا آخر ثم حاول مجددًا.",
      it: "Hai troppe connessioni in diretta aperte: chiudi un’altra scheda o un altro dispositivo e riprova.",
      el: "Έχετε ανοιχτές πάρα πολλές ζωντανές συνδέσεις· κλείστε μια άλλη καρτέλα ή συσκευή και δοκιμάστε ξανά.",
    },
  },
  request_too_large: {
    params: [],
    text: {
      en: "The address or the headers are longer than 16 KiB.",
      es: "La dirección o las cabeceras superan los 16 KiB.",
      fr: "L’adresse ou les en-têtes dépassent 16 Kio.",
      ar: "العنوان أو الترويسات أطول من 16 كيلوبايت.",
      it: "L’indirizzo o le intestazioni superano i 16 KiB.",
      el: "Η διεύθυνση ή οι κεφαλίδες ξεπερνούν τα 16 KiB.",
    },
  },
  request_timeout: {
    params: [],
    text: {
      en: "The request did not arrive in time.",
      es: "La solicitud no llegó a tiempo.",
      fr: "La requête n’est pas arrivée à temps.",
      ar: "لم يصل الطلب في الوقت المحدد.",
      it: "La richiesta non è arrivata in tempo.",
      el: "Το αίτημα δεν έφτασε εγκαίρως.",
    },
  },
  bad_request: {
    params: [],
    text: {
      en: "The request is not valid HTTP/1.1.",
      es: "La solicitud no es HTTP/1.1 válido.",
      fr: "La requête n’est pas du HTTP/1.1 valide.",
      ar: "الطلب ليس HTTP/1.1 صالحًا.",
      it: "La richiesta non è HTTP/1.1 valido.",
      el: "Το αίτημα δεν είναι έγκυρο HTTP/1.1.",
    },
  },
  expectation_failed: {
    params: [],
    text: {
      en: "The server can only meet the expectation “100-continue”.",
      es: "El servidor solo puede cumplir la expectativa «100-continue».",
      fr: "Le serveur ne peut satisfaire que l’attente « 100-continue ».",
      ar: "لا يستطيع الخادم تلبية أي توقع سوى «100-continue».",
      it: "Il server può soddisfare solo l’aspettativa «100-continue».",
      el: "Ο διακομιστής μπορεί να ικανοποιήσει μόνο την προσδοκία «100-continue».",
    },
  },
} as const satisfies Record<string, ErrorMessage>;

/** Why one field is not valid (`details[].issue`), in every language. */
export const fieldIssueMessages = {
  too_small: {
    params: ["minimum"],
    text: {
      en: "Must be at least {minimum} long.",
      es: "Debe tener al menos {minimum}.",
      fr: "Doit compter au moins {minimum}.",
      ar: "يجب ألا يقل عن {minimum}.",
      it: "Deve essere lungo almeno {minimum}.",
      el: "Πρέπει να έχει τουλάχιστον {minimum}.",
    },
  },
  too_big: {
    params: ["maximum"],
    text: {
      en: "Must be at most {maximum} long.",
      es: "Debe tener como máximo {maximum}.",
      fr: "Doit compter au plus {maximum}.",
      ar: "يجب ألا يزيد على {maximum}.",
      it: "Deve essere lungo al massimo {maximum}.",
      el: "Πρέπει να έχει το πολύ {maximum}.",
    },
  },
  required: {
    params: [],
    text: {
      en: "Required.",
      es: "Obligatorio.",
      fr: "Obligatoire.",
      ar: "مطلوب.",
      it: "Obbligatorio.",
      el: "Υποχρεωτικό.",
    },
  },
  invalid: {
    params: [],
    text: {
      en: "This value is not valid.",
      es: "Este valor no es válido.",
      fr: "Cette valeur n’est pas valide.",
      ar: "هذه القيمة غير صالحة.",
      it: "Questo valore non è valido.",
      el: "Αυτή η τιμή δεν είναι έγκυρη.",
    },
  },
} as const satisfies Record<string, ErrorMessage>;

export type FieldIssue = keyof typeof fieldIssueMessages;
