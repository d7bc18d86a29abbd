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
  agenda_item_started: {
    params: [],
    text: {
      en: "An item that has begun stays in the agenda: rename or retime it instead.",
      es: "Un punto que ya ha comenzado permanece en la agenda: cámbiele el nombre o la duración.",
      fr: "Un point qui a commencé reste au programme : renommez-le ou changez sa durée.",
      ar: "البند الذي بدأ يبقى في جدول الأعمال: غيّر اسمه أو مدته بدلًا من حذفه.",
      it: "Un punto già iniziato resta nel programma: rinominalo o cambiane la durata.",
      el: "Ένα σημείο που έχει αρχίσει μένει στο πρόγραμμα: μετονομάστε το ή αλλάξτε τη διάρκειά του.",
    },
  },
  agenda_finished: {
    params: [],
    text: {
      en: "The agenda has ended: go back to reopen its last item.",
      es: "La agenda ha terminado: retroceda para reabrir su último punto.",
      fr: "Le programme est terminé : revenez en arrière pour rouvrir son dernier point.",
      ar: "انتهى جدول الأعمال: عُد خطوة إلى الوراء لإعادة فتح بنده الأخير.",
      it: "Il programma è terminato: torna indietro per riaprirne l’ultimo punto.",
      el: "Το πρόγραμμα έχει τελειώσει: επιστρέψτε για να ανοίξετε ξανά το τελευταίο σημείο.",
    },
  },
  agenda_at_start: {
    params: [],
    text: {
      en: "This is the agenda's first item: there is nothing before it.",
      es: "Este es el primer punto de la agenda: no hay nada antes.",
      fr: "C’est le premier point du programme : il n’y a rien avant.",
      ar: "هذا هو البند الأول في جدول الأعمال: لا شيء قبله.",
      it: "Questo è il primo punto del programma: non c’è nulla prima.",
      el: "Αυτό είναι το πρώτο σημείο του προγράμματος: δεν υπάρχει τίποτα πριν.",
    },
  },
  agenda_not_running: {
    params: [],
    text: {
      en: "No item is running: start the agenda first.",
      es: "No hay ningún punto en curso: inicie primero la agenda.",
      fr: "Aucun point n’est en cours : commencez d’abord la séance.",
      ar: "لا يوجد بند جارٍ: ابدأ جدول الأعمال أولًا.",
      it: "Nessun punto è in corso: avvia prima il programma.",
      el: "Κανένα σημείο δεν βρίσκεται σε εξέλιξη: ξεκινήστε πρώτα το πρόγραμμα.",
    },
  },
  no_agenda: {
    params: [],
    text: {
      en: "This workshop has no agenda yet.",
      es: "Este taller aún no tiene agenda.",
      fr: "Cet atelier n’a pas encore de programme.",
      ar: "لا يوجد جدول أعمال لهذه الورشة بعد.",
      it: "Questo laboratorio non ha ancora un programma.",
      el: "Αυτό το εργαστήριο δεν έχει ακόμη πρόγραμμα.",
    },
  },
  voting_closed: {
    params: [],
    text: {
      en: "Voting is closed: it opens during the agenda item the facilitator bound to voting.",
      es: "La votación está cerrada: se abre durante el punto de la agenda que la persona facilitadora asoció a la votación.",
      fr: "Le vote est fermé : il s’ouvre pendant le point du programme que l’animateur ou l’animatrice y a consacré.",
      ar: "التصويت مغلق: يُفتح خلال بند جدول الأعمال الذي خصّصه الميسّر للتصويت.",
      it: "Il voto è chiuso: si apre durante il punto del programma che chi facilita ha dedicato al voto.",
      el: "Η ψηφοφορία είναι κλειστή: ανοίγει κατά το σημείο του προγράμματος που όρισε ο συντονιστής για την ψηφοφορία.",
    },
  },
  list_locked: {
    params: [],
    text: {
      en: "The steps are locked: the agenda has reached its closing item. The facilitator can go back to reopen them.",
      es: "Los pasos están bloqueados: la agenda ha llegado a su punto de cierre. La persona facilitadora puede retroceder para reabrirlos.",
      fr: "Les étapes sont verrouillées : le programme a atteint son point de clôture. L’animateur ou l’animatrice peut revenir en arrière pour les rouvrir.",
      ar: "الخطوات مقفلة: بلغ جدول الأعمال بند الختام. يمكن للميسّر العودة خطوة إلى الوراء لإعادة فتحها.",
      it: "I passi sono bloccati: il programma ha raggiunto il punto di chiusura. Chi facilita può tornare indietro per riaprirli.",
      el: "Τα βήματα είναι κλειδωμένα: το πρόγραμμα έφτασε στο σημείο κλεισίματος. Ο συντονιστής μπορεί να επιστρέψει για να τα ανοίξει ξανά.",
    },
  },
  not_begun: {
    params: [],
    text: {
      en: "This webinar has not begun: feedback comes after it.",
      es: "Este webinar aún no ha comenzado: la retroalimentación llega después.",
      fr: "Ce webinaire n’a pas commencé : les retours viennent après.",
      ar: "لم تبدأ هذه الندوة بعد: تأتي التغذية الراجعة بعدها.",
      it: "Questo webinar non è ancora iniziato: il feedback arriva dopo.",
      el: "Αυτό το σεμινάριο δεν έχει αρχίσει: η ανατροφοδότηση έρχεται μετά.",
    },
  },
  own_design: {
    params: [],
    text: {
      en: "You designed this webinar: the feedback comes from trainers and peers.",
      es: "Usted diseñó este webinar: la retroalimentación la dan formadores y compañeros.",
      fr: "Vous avez conçu ce webinaire : les retours viennent des formateurs et des pairs.",
      ar: "أنت من صمّم هذه الندوة: تأتي التغذية الراجعة من المدرّبين والأقران.",
      it: "Hai progettato tu questo webinar: il feedback arriva da formatori e pari.",
      el: "Σχεδιάσατε εσείς αυτό το σεμινάριο: η ανατροφοδότηση έρχεται από εκπαιδευτές και συναδέλφους.",
    },
  },
  not_reviewed: {
    params: [],
    text: {
      en: "Feedback is given on webinars and group dynamics, not on this item.",
      es: "La retroalimentación se da sobre los webinars y las dinámicas de grupo, no sobre este punto.",
      fr: "Les retours portent sur les webinaires et les dynamiques de groupe, pas sur ce point.",
      ar: "تُقدَّم التغذية الراجعة على الندوات والأنشطة الجماعية، لا على هذا البند.",
      it: "Il feedback si dà sui webinar e sulle dinamiche di gruppo, non su questo punto.",
      el: "Η ανατροφοδότηση δίνεται για σεμινάρια και ομαδικές δυναμικές, όχι για αυτό το σημείο.",
    },
  },
  email_taken: {
    params: [],
    text: {
      en: "A curator with this email address exists already.",
      es: "Ya existe una persona curadora con esta dirección de correo.",
      fr: "Un curateur ou une curatrice avec cette adresse existe déjà.",
      ar: "يوجد أمين بيانات بعنوان البريد الإلكتروني هذا بالفعل.",
      it: "Esiste già un curatore con questo indirizzo email.",
      el: "Υπάρχει ήδη επιμελητής με αυτή τη διεύθυνση ηλεκτρονικού ταχυδρομείου.",
    },
  },
  cannot_remove_self: {
    params: [],
    text: {
      en: "You cannot remove yourself; ask another admin.",
      es: "No puede eliminarse a sí mismo; pídaselo a otra persona administradora.",
      fr: "Vous ne pouvez pas vous retirer vous-même ; demandez à un autre administrateur.",
      ar: "لا يمكنك إزالة نفسك؛ اطلب ذلك من مشرف آخر.",
      it: "Non puoi rimuovere te stesso; chiedi a un altro amministratore.",
      el: "Δεν μπορείτε να αφαιρέσετε τον εαυτό σας· ζητήστε το από άλλον διαχειριστή.",
    },
  },
  last_admin: {
    params: [],
    text: {
      en: "The last admin cannot be removed.",
      es: "No se puede eliminar a la última persona administradora.",
      fr: "Le dernier administrateur ne peut pas être retiré.",
      ar: "لا يمكن إزالة آخر مشرف.",
      it: "L’ultimo amministratore non può essere rimosso.",
      el: "Ο τελευταίος διαχειριστής δεν μπορεί να αφαιρεθεί.",
    },
  },
  weak_password: {
    params: [],
    text: {
      en: "This password is not accepted: see the rules next to the field.",
      es: "Esta contraseña no se acepta: vea las reglas junto al campo.",
      fr: "Ce mot de passe n’est pas accepté : voyez les règles à côté du champ.",
      ar: "كلمة المرور هذه غير مقبولة: راجع القواعد بجانب الحقل.",
      it: "Questa password non è accettata: vedi le regole accanto al campo.",
      el: "Αυτός ο κωδικός δεν γίνεται δεκτός: δείτε τους κανόνες δίπλα στο πεδίο.",
    },
  },
  link_invalid: {
    params: [],
    text: {
      en: "This link is not valid any more: it was used, it expired, or access was reset. Ask an admin for a new one.",
      es: "Este enlace ya no es válido: se usó, caducó o se restableció el acceso. Pida uno nuevo a una persona administradora.",
      fr: "Ce lien n’est plus valable : il a servi, il a expiré ou l’accès a été réinitialisé. Demandez-en un nouveau à un administrateur.",
      ar: "هذا الرابط لم يعد صالحًا: استُخدم أو انتهت صلاحيته أو أُعيد ضبط الوصول. اطلب رابطًا جديدًا من مشرف.",
      it: "Questo link non è più valido: è stato usato, è scaduto o l’accesso è stato reimpostato. Chiedine uno nuovo a un amministratore.",
      el: "Αυτός ο σύνδεσμος δεν ισχύει πια: χρησιμοποιήθηκε, έληξε ή η πρόσβαση επαναφέρθηκε. Ζητήστε νέο από έναν διαχειριστή.",
    },
  },
  wrong_password: {
    params: [],
    text: {
      en: "The current password is not right.",
      es: "La contraseña actual no es correcta.",
      fr: "Le mot de passe actuel n’est pas le bon.",
      ar: "كلمة المرور الحالية غير صحيحة.",
      it: "La password attuale non è corretta.",
      el: "Ο τρέχων κωδικός δεν είναι σωστός.",
    },
  },
  login_failed: {
    params: [],
    text: {
      en: "The email address or the password is not right.",
      es: "La dirección de correo o la contraseña no son correctas.",
      fr: "L’adresse e-mail ou le mot de passe n’est pas le bon.",
      ar: "عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.",
      it: "L’indirizzo email o la password non sono corretti.",
      el: "Η διεύθυνση ηλεκτρονικού ταχυδρομείου ή ο κωδικός δεν είναι σωστά.",
    },
  },
  unauthenticated: {
    params: [],
    text: {
      en: "Sign in as a curator to do this; your session may have ended.",
      es: "Inicie sesión como persona curadora para hacer esto; puede que su sesión haya terminado.",
      fr: "Connectez-vous en tant que curateur ou curatrice pour faire cela ; votre session a peut-être expiré.",
      ar: "سجّل الدخول بصفتك أمين بيانات للقيام بذلك؛ ربما انتهت جلستك.",
      it: "Accedi come curatore per farlo; la tua sessione potrebbe essere scaduta.",
      el: "Συνδεθείτε ως επιμελητής για να το κάνετε· η συνεδρία σας ίσως έληξε.",
    },
  },
  csrf_failed: {
    params: [],
    text: {
      en: "This change must come from the atlas's own pages; reload and try again.",
      es: "Este cambio debe hacerse desde las páginas del propio atlas; recargue e inténtelo de nuevo.",
      fr: "Cette modification doit venir des pages de l’atlas lui-même ; rechargez et réessayez.",
      ar: "يجب أن يأتي هذا التغيير من صفحات الأطلس نفسه؛ أعد تحميل الصفحة وحاول مجددًا.",
      it: "Questa modifica deve provenire dalle pagine dell’atlante; ricarica e riprova.",
      el: "Αυτή η αλλαγή πρέπει να γίνει από τις σελίδες του ίδιου του άτλαντα· φορτώστε ξανά και δοκιμάστε πάλι.",
    },
  },
  proposal_decided: {
    params: [],
    text: {
      en: "This proposal has been decided; it cannot be changed any more.",
      es: "Esta propuesta ya se ha decidido; no se puede cambiar.",
      fr: "Cette proposition a été tranchée ; elle ne peut plus être modifiée.",
      ar: "بُتّ في هذا المقترح؛ لم يعد ممكنًا تغييره.",
      it: "Questa proposta è già stata decisa; non può più essere modificata.",
      el: "Για αυτή την πρόταση έχει ληφθεί απόφαση· δεν μπορεί πια να αλλάξει.",
    },
  },
  proposal_invalid: {
    params: [],
    text: {
      en: "This proposal cannot be published as it is.",
      es: "Esta propuesta no se puede publicar tal como está.",
      fr: "Cette proposition ne peut pas être publiée en l’état.",
      ar: "لا يمكن نشر هذا المقترح بحالته الراهنة.",
      it: "Questa proposta non può essere pubblicata così com’è.",
      el: "Αυτή η πρόταση δεν μπορεί να δημοσιευτεί ως έχει.",
    },
  },
  cannot_restore_deletion: {
    params: [],
    text: {
      en: "That revision removed the record; restore the one before it.",
      es: "Esa revisión eliminó el registro; restaure la anterior.",
      fr: "Cette révision a supprimé la fiche ; restaurez celle d’avant.",
      ar: "أزالت تلك المراجعة السجل؛ استعد المراجعة التي قبلها.",
      it: "Quella revisione ha rimosso la scheda; ripristina quella precedente.",
      el: "Εκείνη η αναθεώρηση αφαίρεσε την εγγραφή· επαναφέρετε την προηγούμενη.",
    },
  },
  cannot_restore: {
    params: [],
    text: {
      en: "That revision refers to what the atlas no longer has.",
      es: "Esa revisión remite a algo que el atlas ya no tiene.",
      fr: "Cette révision renvoie à ce que l’atlas n’a plus.",
      ar: "تشير تلك المراجعة إلى ما لم يعد في الأطلس.",
      it: "Quella revisione rimanda a ciò che l’atlante non ha più.",
      el: "Εκείνη η αναθεώρηση παραπέμπει σε κάτι που ο άτλαντας δεν έχει πια.",
    },
  },
  draining: {
    params: [],
    text: {
      en: "This server is shutting down; try again in a moment.",
      es: "Este servidor se está apagando; vuelva a intentarlo en un momento.",
      fr: "Ce serveur s’arrête ; réessayez dans un instant.",
      ar: "يجري إيقاف هذا الخادم؛ حاول مجددًا بعد لحظة.",
      it: "Questo server si sta spegnendo; riprova tra un momento.",
      el: "Αυτός ο διακομιστής τερματίζεται· δοκιμάστε ξανά σε λίγο.",
    },
  },
  database_unreachable: {
    params: [],
    text: {
      en: "The database does not answer.",
      es: "La base de datos no responde.",
      fr: "La base de données ne répond pas.",
      ar: "قاعدة البيانات لا تستجيب.",
      it: "Il database non risponde.",
      el: "Η βάση δεδομένων δεν αποκρίνεται.",
    },
  },
  schema_newer: {
    params: [],
    text: {
      en: "The database was migrated by a newer version of the atlas: upgrade this server.",
      es: "La base de datos fue migrada por una versión más reciente del atlas: actualice este servidor.",
      fr: "La base de données a été migrée par une version plus récente de l’atlas : mettez ce serveur à jour.",
      ar: "رُحّلت قاعدة البيانات بإصدار أحدث من الأطلس: حدّث هذا الخادم.",
      it: "Il database è stato migrato da una versione più recente dell’atlante: aggiorna questo server.",
      el: "Η βάση δεδομένων μεταφέρθηκε από νεότερη έκδοση του άτλαντα: αναβαθμίστε αυτόν τον διακομιστή.",
    },
  },
  migrations_pending: {
    params: [],
    text: {
      en: "The database is not migrated to this version yet.",
      es: "La base de datos aún no está migrada a esta versión.",
      fr: "La base de données n’est pas encore migrée vers cette version.",
      ar: "لم تُرحَّل قاعدة البيانات إلى هذا الإصدار بعد.",
      it: "Il database non è ancora migrato a questa versione.",
      el: "Η βάση δεδομένων δεν έχει μεταφερθεί ακόμη σε αυτή την έκδοση.",
    },
  },
  empty_file: {
    params: [],
    text: {
      en: "No header and rows to import were found in the file.",
      es: "No se encontraron en el archivo una cabecera ni filas que importar.",
      fr: "Aucun en-tête ni aucune ligne à importer n’a été trouvé dans le fichier.",
      ar: "لم يُعثر في الملف على ترويسة ولا على صفوف للاستيراد.",
      it: "Nel file non sono stati trovati un’intestazione né righe da importare.",
      el: "Δεν βρέθηκαν στο αρχείο κεφαλίδα και γραμμές για εισαγωγή.",
    },
  },
  unreadable_file: {
    params: [],
    text: {
      en: "The file could not be read.",
      es: "No se pudo leer el archivo.",
      fr: "Le fichier n’a pas pu être lu.",
      ar: "تعذّرت قراءة الملف.",
      it: "Non è stato possibile leggere il file.",
      el: "Δεν ήταν δυνατή η ανάγνωση του αρχείου.",
    },
  },
  missing_source: {
    params: [],
    text: {
      en: "Name the source every imported record will cite.",
      es: "Indique la fuente que citará cada registro importado.",
      fr: "Indiquez la source que citera chaque fiche importée.",
      ar: "حدّد المصدر الذي سيستشهد به كل سجل مستورد.",
      it: "Indica la fonte che ogni scheda importata citerà.",
      el: "Ορίστε την πηγή που θα παραθέτει κάθε εισαγόμενη εγγραφή.",
    },
  },
  nothing_to_import: {
    params: [],
    text: {
      en: "No row of the file can be imported; see the dry run's report.",
      es: "No se puede importar ninguna fila del archivo; vea el informe de la prueba.",
      fr: "Aucune ligne du fichier ne peut être importée ; voyez le rapport de l’essai.",
      ar: "لا يمكن استيراد أي صف من الملف؛ راجع تقرير التجربة.",
      it: "Nessuna riga del file può essere importata; vedi il rapporto della prova.",
      el: "Καμία γραμμή του αρχείου δεν μπορεί να εισαχθεί· δείτε την αναφορά της δοκιμής.",
    },
  },
  still_running: {
    params: [],
    text: {
      en: "The batch is still being written; undo it once it is done.",
      es: "El lote aún se está escribiendo; deshágalo cuando termine.",
      fr: "Le lot est encore en cours d’écriture ; annulez-le une fois terminé.",
      ar: "ما زالت الدفعة قيد الكتابة؛ تراجع عنها بعد اكتمالها.",
      it: "Il lotto è ancora in scrittura; annullalo quando è finito.",
      el: "Η παρτίδα γράφεται ακόμη· αναιρέστε τη μόλις ολοκληρωθεί.",
    },
  },
  already_undone: {
    params: [],
    text: {
      en: "This import batch is already undone.",
      es: "Este lote de importación ya se deshizo.",
      fr: "Ce lot d’import est déjà annulé.",
      ar: "تم التراجع عن دفعة الاستيراد هذه بالفعل.",
      it: "Questo lotto di importazione è già stato annullato.",
      el: "Αυτή η παρτίδα εισαγωγής έχει ήδη αναιρεθεί.",
    },
  },
  unauthorized: {
    params: [],
    text: {
      en: "This needs the bearer token set on the server.",
      es: "Esto requiere el token configurado en el servidor.",
      fr: "Il faut pour cela le jeton défini sur le serveur.",
      ar: "يتطلب هذا الرمز المميّز المضبوط على الخادم.",
      it: "Serve il token impostato sul server.",
      el: "Απαιτείται το διακριτικό που έχει οριστεί στον διακομιστή.",
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
