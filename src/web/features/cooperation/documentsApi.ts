import { api } from '../../api.ts';
import type { CooperationDocumentKind, ReviewStatus } from '../../../domain/cooperation-documents.ts';

/** Shared agreements and routines (issue 13, item 3), as the API gives them. */
export interface Ref { id: string; name: string }
export type VersionStatus = 'current' | 'earlier' | 'upcoming';
export interface VersionSummary { number: number; changeNote: string; effectiveFrom: string; publishedAt: string; publishedBy: Ref; status: VersionStatus }
export interface DocumentVersion extends VersionSummary { body: string; documentId: string; title: string }
export interface DocumentSummary {
  id: string; kind: CooperationDocumentKind; title: string; careerCentre: Ref; owner: Ref; parties: Ref[];
  nextReviewOn: string | null; reviewStatus: ReviewStatus; publishedAsTemplate: boolean; currentVersionNumber: number | null;
  updatedAt: string; version: number;
}
export interface CooperationDocument extends DocumentSummary {
  current: DocumentVersion | null; versions: VersionSummary[]; templateSource: Ref | null; canEdit: boolean; canRemove: boolean;
}
export interface TemplateSummary { id: string; kind: CooperationDocumentKind; title: string; careerCentre: Ref; currentVersionNumber: number | null; own: boolean }
export interface Template extends TemplateSummary { body: string; effectiveFrom: string | null }

export const documentsKey = ['cooperation', 'documents'] as const;
export const documentsQuery = () => ({
  queryKey: documentsKey,
  queryFn: async () => (await api.get<{ items: DocumentSummary[] }>('/cooperation/documents')).items,
});
export const documentQuery = (id: string) => ({
  queryKey: [...documentsKey, id],
  queryFn: () => api.get<CooperationDocument>(`/cooperation/documents/${id}`),
});
export const versionQuery = (id: string, number: number) => ({
  queryKey: [...documentsKey, id, 'versions', number],
  queryFn: () => api.get<DocumentVersion>(`/cooperation/documents/${id}/versions/${number}`),
});
export const templatesQuery = () => ({
  queryKey: ['cooperation', 'document-templates'],
  queryFn: async () => (await api.get<{ items: TemplateSummary[] }>('/cooperation/document-templates')).items,
});
export const templateQuery = (id: string) => ({
  queryKey: ['cooperation', 'document-templates', id],
  queryFn: () => api.get<Template>(`/cooperation/document-templates/${id}`),
});
