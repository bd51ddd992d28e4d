import type { CommonMessages } from '../messages.js';

const messages: CommonMessages = {
  loading: 'Viežžá …',
  retry: 'Geahččal ođđasit',
  errorTitle: 'Juoga manai boastut',
  errors: {
    config: 'Geahččanbálvalusa čujuhus váilu dahje ii leat gustovaš.',
    offline: 'Ii sáhttán váldit oktavuođa geahččanbálvalusain. Dárkkis neahttaoktavuođa ja geahččal ođđasit.',
    timeout: 'Geahččanbálvalus ii vástidan áiggis.',
    'not-found': 'Ii gávdnon dat maid jerret. Dat sáhttá leat sirdojuvvon dahje sihkkojuvvon.',
    'bad-request': 'Geahččanbálvalus ii ipmirdan jearaldaga.',
    server: 'Geahččanbálvalusas lea meattáhus dál.',
    'bad-data': 'Geahččanbálvalus sáddii dieđuid maid eat sáhttán lohkat.',
    redirect: 'Geahččanbálvalus sáddii min eará neahttabáikái. Dan eat čuovo, du sihkarvuođa dihte.',
    aborted: 'Jearaldat gaskkalduvvui.',
  },
  missingApi: 'Elemeanttas váilu «api»-attribuhtta mas lea geahččanbálvalusa čujuhus.',
  serverSaid: (detail) => `Dieđáhus bálvalusas: ${detail}`,
  meetingStatus: { planned: 'Plánejuvvon', held: 'Dollojuvvon', cancelled: 'Šluhttejuvvon', moved: 'Sirdojuvvon' },
  movedFrom: (original) => `Sirdojuvvon ${original} rájes`,
  documentType: {
    notice: 'Čoahkkingohčču',
    minutes: 'Čoahkkinbeavdegirji',
    'case-presentation': 'Áššeovdanbuktin',
    attachment: 'Mielddus',
    decision: 'Mearrádus',
    letter: 'Reive',
    other: 'Dokumeanta',
  },
  closed: 'Almmolašvuođa olggobealde',
  exemptionBasis: (basis) => `Láhkavuođđu: ${basis}`,
  screened: 'suddjejuvvon',
  requestAccess: 'Diŋgo geahčču',
  opensInNewTab: 'rahppo ođđa gilkoris',
  basketCount: (count) => (count === 0 ? 'Ii leat válljejuvvon ášši geahččamii.' : `${count} ášši válljejuvvon geahččamii.`),
  clearBasket: 'Váldde buot eret',
  sendAccessRequest: 'Sádde geahččangáibádusa',
  documentsPublished: 'Dokumeanttat leat almmuhuvvon ja sáhttá lohkat dáppe:',
  moreDocuments: (count) => `Raba ášši, doppe leat ${count} eará dokumeantta.`,
};

export default messages;
