import type { z } from 'zod';
import { api } from '../../api.ts';
import type {
  documentJson, documentSummary, templateJson, templateSummary, versionJson, versionSummary,
} from '../../../server/features/cooperation/documents-schemas.ts';

/** Shared agreements and routines (issue 13, item 3), as the API gives them (the server's schemas, types only). */
export type CooperationDocument = z.output<typeof documentJson>;
export type Ref = CooperationDocument['careerCentre'];
export type DocumentSummary = z.output<typeof documentSummary>;
export type VersionSummary = z.output<typeof versionSummary>;
export type VersionStatus = VersionSummary['status'];
export type DocumentVersion = z.output<typeof versionJson>;
export type TemplateSummary = z.output<typeof templateSummary>;
export type Template = z.output<typeof templateJson>;

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
