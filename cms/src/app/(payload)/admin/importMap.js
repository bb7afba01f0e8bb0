import { BrandColourField as BrandColourField_4d90e3940e384eb553e7871aaa96868e } from '../../../collections/Partners/components/BrandColourField.tsx'
import { SlugFromTitleField as SlugFromTitleField_8f39fd6340bf3847f797d9352d367773 } from '../../../fields/slug/SlugFromTitleField.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SafeguardingProblems as SafeguardingProblems_16849148b52849b4a640a0c5a924e1c3 } from '../../../collections/Stories/components/SafeguardingProblems.tsx'
import { EnquiryAnswers as EnquiryAnswers_421d85576485c99d6e736a16c8131b24 } from '../../../collections/Enquiries/components/EnquiryAnswers.tsx'
import { OverdueCell as OverdueCell_af24aad1dd99ddb62142cd8df7849762 } from '../../../collections/Enquiries/components/OverdueCell.tsx'
import { SubjectRequestsPanel as SubjectRequestsPanel_196a0f2bf40be60e9325af0189bb000f } from '../../../collections/Enquiries/components/SubjectRequestsPanel.tsx'
import { EnquiryCsvDownload as EnquiryCsvDownload_2415195146d7153697109e514f97f574 } from '../../../collections/Enquiries/csv/EnquiryCsvDownload.tsx'
import { EnquiriesDescription as EnquiriesDescription_908f5bf6b540f5dbba14d147d2cdbf64 } from '../../../collections/Enquiries/components/EnquiriesDescription.tsx'
import { JsonView as JsonView_1e0ae20635a3b7f0eb85c9b7cfdda015 } from '../../../admin/JsonView/index.tsx'
import { EnquiryDashboard as EnquiryDashboard_9759bad37e703535e44b9d23839ae3a2 } from '../../../collections/Enquiries/dashboard/EnquiryDashboard.tsx'
import { FirstAdminByOperator as FirstAdminByOperator_3f3d7f125072296856204faaba9fccaf } from '../../../admin/FirstAdminByOperator/index.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/Partners/components/BrandColourField.tsx#BrandColourField": BrandColourField_4d90e3940e384eb553e7871aaa96868e,
  "/fields/slug/SlugFromTitleField.tsx#SlugFromTitleField": SlugFromTitleField_8f39fd6340bf3847f797d9352d367773,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Stories/components/SafeguardingProblems.tsx#SafeguardingProblems": SafeguardingProblems_16849148b52849b4a640a0c5a924e1c3,
  "/collections/Enquiries/components/EnquiryAnswers.tsx#EnquiryAnswers": EnquiryAnswers_421d85576485c99d6e736a16c8131b24,
  "/collections/Enquiries/components/OverdueCell.tsx#OverdueCell": OverdueCell_af24aad1dd99ddb62142cd8df7849762,
  "/collections/Enquiries/components/SubjectRequestsPanel.tsx#SubjectRequestsPanel": SubjectRequestsPanel_196a0f2bf40be60e9325af0189bb000f,
  "/collections/Enquiries/csv/EnquiryCsvDownload.tsx#EnquiryCsvDownload": EnquiryCsvDownload_2415195146d7153697109e514f97f574,
  "/collections/Enquiries/components/EnquiriesDescription.tsx#EnquiriesDescription": EnquiriesDescription_908f5bf6b540f5dbba14d147d2cdbf64,
  "/admin/JsonView/index.tsx#JsonView": JsonView_1e0ae20635a3b7f0eb85c9b7cfdda015,
  "/collections/Enquiries/dashboard/EnquiryDashboard.tsx#EnquiryDashboard": EnquiryDashboard_9759bad37e703535e44b9d23839ae3a2,
  "/admin/FirstAdminByOperator/index.tsx#FirstAdminByOperator": FirstAdminByOperator_3f3d7f125072296856204faaba9fccaf,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
